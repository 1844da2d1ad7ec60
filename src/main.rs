fn main() {
    std::process::exit(jiebang::cli::main());
}
