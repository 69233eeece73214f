# The two commands of the README: `make run` and `make test`.
GO ?= go

.PHONY: run test build generate eval fuzz bench clean

## run: start (or attach to) Neo4j, load the seed corpus, serve GraphQL on 127.0.0.1:8080
run:
	$(GO) run ./cmd/kg serve --load corpus/seeds

## test: vet and run every test, the e2e tests against a real Neo4j included
test:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...

## build: build bin/kg
build:
	$(GO) build -o bin/kg ./cmd/kg

## generate: regenerate graph/generated.go from schema/*.graphqls
generate:
	$(GO) tool gqlgen generate

## eval: precision, recall and F1 of extraction against the gold annotations
eval:
	$(GO) run ./cmd/kg eval

## fuzz: fuzz the extractor for 15000 inputs (about a minute); a count, not a
## duration, because Go 1.26's coordinator can report a spurious "context
## deadline exceeded" when a duration runs out (golang/go#75804)
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzExtract -fuzztime 15000x -fuzzminimizetime 5s ./loaders

clean:
	rm -rf bin .data
