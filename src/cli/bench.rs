pub fn run(_cases: usize, _format: &str, _lang: crate::i18n::Lang) -> anyhow::Result<()> {
    Ok(()) // INTEGRATION
}
