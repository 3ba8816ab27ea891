fn main() -> std::process::ExitCode {
    tfaudit::cli::main()
}
