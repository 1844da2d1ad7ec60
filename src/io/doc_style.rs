//! The page set-up and type every published document shares, as offices print them: A4
//! landscape (a 榜单 table is wide), 2.5 cm top and bottom, 2 cm left and right margins,
//! the title in 宋体 二号 bold, body text in 仿宋 小四, tables in 仿宋 五号, and "第 X 页
//! 共 Y 页" centred in the footer. Word, WPS and LibreOffice substitute a font they lack.

use docx_rs::{
    AlignmentType, Docx, FieldCharType, Footer, InstrNUMPAGES, InstrPAGE, InstrText, PageMargin,
    PageOrientationType, Paragraph, Run, RunFonts, Table, TableCell, TableRow, VAlignType,
    WidthType,
};

/// A4 in twentieths of a point, long side first (landscape).
const A4_LONG: u32 = 16838;
const A4_SHORT: u32 = 11906;
/// 2.5 cm and 2 cm in twentieths of a point.
const MARGIN_TB: i32 = 1417;
const MARGIN_LR: i32 = 1134;
/// The width tables fill: the page less both side margins.
pub const TEXT_WIDTH: usize = A4_LONG as usize - 2 * MARGIN_LR as usize;

pub const SONG: &str = "宋体";
pub const FANGSONG: &str = "仿宋";
/// Half-points: 二号 22 pt, 小四 12 pt, 五号 10.5 pt.
const TITLE_SIZE: usize = 44;
const BODY_SIZE: usize = 24;
const TABLE_SIZE: usize = 21;

fn fonts(name: &str) -> RunFonts {
    RunFonts::new().east_asia(name).ascii(name).hi_ansi(name)
}

/// An empty document with the page set-up, default fonts and the page-number footer.
pub fn document() -> Docx {
    let footer = Footer::new().add_paragraph(page_numbers());
    Docx::new()
        .page_size(A4_LONG, A4_SHORT)
        .page_orient(PageOrientationType::Landscape)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TB)
                .bottom(MARGIN_TB)
                .left(MARGIN_LR)
                .right(MARGIN_LR)
                .header(851)
                .footer(851),
        )
        .default_fonts(fonts(FANGSONG))
        .default_size(BODY_SIZE)
        .footer(footer)
}

/// "第 {PAGE} 页 共 {NUMPAGES} 页" as Word fields, so every page shows its own number.
fn page_numbers() -> Paragraph {
    let field = |instr: InstrText| {
        Run::new()
            .fonts(fonts(SONG))
            .add_field_char(FieldCharType::Begin, false)
            .add_instr_text(instr)
            .add_field_char(FieldCharType::Separate, false)
            .add_text("1")
            .add_field_char(FieldCharType::End, false)
    };
    let text = |t: &str| Run::new().fonts(fonts(SONG)).add_text(t);
    Paragraph::new()
        .align(AlignmentType::Center)
        .add_run(text("第 "))
        .add_run(field(InstrText::PAGE(InstrPAGE::new())))
        .add_run(text(" 页 共 "))
        .add_run(field(InstrText::NUMPAGES(InstrNUMPAGES::new())))
        .add_run(text(" 页"))
}

/// The document title, centred.
pub fn title(text: &str) -> Paragraph {
    Paragraph::new().align(AlignmentType::Center).add_run(
        Run::new()
            .fonts(fonts(SONG))
            .size(TITLE_SIZE)
            .bold()
            .add_text(text),
    )
}

/// A line of body text; `centred` for the date line under a title.
pub fn body(text: &str, centred: bool) -> Paragraph {
    let p = Paragraph::new().add_run(Run::new().fonts(fonts(FANGSONG)).add_text(text));
    if centred {
        p.align(AlignmentType::Center)
    } else {
        p
    }
}

/// A section heading (一、大规模储能) in bold.
pub fn heading(text: &str) -> Paragraph {
    Paragraph::new().add_run(
        Run::new()
            .fonts(fonts(SONG))
            .size(BODY_SIZE)
            .bold()
            .add_text(text),
    )
}

fn cell(text: &str, width: usize, bold: bool) -> TableCell {
    let mut c = TableCell::new()
        .width(width, WidthType::Dxa)
        .vertical_align(VAlignType::Center);
    // A line break in the text starts a new paragraph, as the officer typed it.
    for line in text.split('\n') {
        let mut run = Run::new()
            .fonts(fonts(if bold { SONG } else { FANGSONG }))
            .size(TABLE_SIZE)
            .add_text(line);
        if bold {
            run = run.bold();
        }
        c = c.add_paragraph(Paragraph::new().add_run(run));
    }
    c
}

/// A bordered table: an optional caption row spanning every column, a bold header row, then
/// the rows. `widths` are relative; they are scaled to the text width.
pub fn table(
    caption: Option<&str>,
    header: &[&str],
    rows: &[Vec<String>],
    widths: &[usize],
) -> Table {
    let total: usize = widths.iter().sum::<usize>().max(1);
    let dxa: Vec<usize> = widths.iter().map(|w| w * TEXT_WIDTH / total).collect();
    let mut out = Vec::with_capacity(rows.len() + 2);
    if let Some(caption) = caption {
        out.push(TableRow::new(vec![
            cell(caption, TEXT_WIDTH, true).grid_span(widths.len()),
        ]));
    }
    let head = header
        .iter()
        .zip(&dxa)
        .map(|(h, w)| cell(h, *w, true))
        .collect();
    out.push(TableRow::new(head).cant_split());
    for row in rows {
        let cells = row
            .iter()
            .zip(&dxa)
            .map(|(t, w)| cell(t, *w, false))
            .collect();
        out.push(TableRow::new(cells));
    }
    Table::new(out)
        .set_grid(dxa)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// The finished .docx bytes.
pub fn pack(doc: Docx) -> Result<Vec<u8>, String> {
    let mut buf = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut buf).map_err(|e| e.to_string())?;
    Ok(buf.into_inner())
}

/// Text for a table cell: at most `max` characters, an ellipsis marking the cut.
pub fn clip(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max).collect();
    out.push('…');
    out
}
