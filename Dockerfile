# tfaudit in a container: docker build -t tfaudit .
#   terraform show -json tfplan | docker run --rm -i tfaudit -
#   docker run --rm -v "$PWD:/src" -w /src tfaudit plan.json --source-dir .
# The image has no terraform: give it plan JSON, not a binary plan file.
FROM rust:1-bookworm AS build
WORKDIR /build
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
RUN cargo build --release --locked --bin tfaudit && strip target/release/tfaudit

# distroless/cc: glibc and libgcc only, no shell; runs as the nonroot user (65532).
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /build/target/release/tfaudit /usr/local/bin/tfaudit
USER nonroot
ENTRYPOINT ["tfaudit"]
