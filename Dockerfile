# Multi-stage build: a static morbot binary on a minimal non-root base with CA certificates.
# The image is the slim build (-tags slim): production has no use for `morbot dev`.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
ARG COMMIT=unknown
RUN CGO_ENABLED=0 go build -tags slim -trimpath -ldflags "-s -w -X main.version=${VERSION} -X main.commit=${COMMIT}" -o /out/morbot ./cmd/morbot

# distroless/static has CA certificates and tzdata, no shell, and runs as uid 65532.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/morbot /usr/local/bin/morbot
# /etc/morbot: config (read-only mount). /var/lib/morbot: keyring directory and SQLite store.
VOLUME ["/etc/morbot", "/var/lib/morbot"]
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/morbot"]
CMD ["run", "--config", "/etc/morbot/morbot.yaml"]
