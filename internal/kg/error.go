package kg

import (
	"errors"
	"fmt"
)

// Code classifies an error for callers: the API maps each code to one GraphQL
// error code, the CLI to a message. Codes are stable strings.
type Code string

// Error codes.
const (
	// Invalid means the caller sent something unusable: a bad argument, an
	// unreadable document.
	Invalid Code = "invalid"
	// NotFound means the requested entity, claim, source or study does not exist.
	NotFound Code = "not_found"
	// Unauthenticated means the operation needs credentials the caller lacks.
	Unauthenticated Code = "unauthenticated"
	// LimitExceeded means a size, depth, cost or time limit was hit.
	LimitExceeded Code = "limit_exceeded"
	// Unavailable means a dependency (the database) cannot be reached now.
	Unavailable Code = "unavailable"
	// Internal means a bug or an unexpected failure; details are logged, not shown.
	Internal Code = "internal"
)

// Error is the coded error of the domain. Message is safe to show to a client;
// Err, when set, carries internal detail that is logged but never shown.
type Error struct {
	Code    Code
	Message string
	Err     error
}

// Error implements error. It includes the wrapped detail for logs.
func (e *Error) Error() string {
	switch {
	case e.Err != nil && e.Message != "":
		return e.Message + ": " + e.Err.Error()
	case e.Err != nil:
		return e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the wrapped error.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with code and a client-safe formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns an *Error with code and message that keeps err for logs. It
// returns nil when err is nil.
func Wrap(code Code, err error, message string) error {
	if err == nil {
		return nil
	}
	return &Error{Code: code, Message: message, Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, Internal for
// any other non-nil error and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// ErrorMessage returns the client-safe message of the first *Error in err's
// chain, or a generic text for errors that carry no safe message.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return "internal error"
}
