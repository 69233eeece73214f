package neo4jserver

import (
	"context"
	"errors"
	"os"
	"syscall"
	"time"
)

var errLocked = errors.New("locked")

// lockFile takes an exclusive advisory lock on path. With wait it polls
// until the lock is free or ctx ends; without, it returns errLocked at once.
// The kernel releases the lock when the process dies, so a crash never
// leaves it held.
func lockFile(ctx context.Context, path string, wait bool) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, err
		}
		if !wait {
			f.Close()
			return nil, errLocked
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}
