//! A [`Figure`] as an SVG document (`--chart-out FILE.svg`), drawn with plotters' SVG backend:
//! the panels one under the other, every row of the data (bars and paired bars up to
//! [`MAX_ROWS`], then a line saying how many more), labelled with the command's exact texts.

use plotters::prelude::*;

use super::{Bars, Figure, Paired, Panel, Scatter, sorted_bars};

/// The rows of a bar panel drawn in an SVG before the rest is counted.
pub const MAX_ROWS: usize = 256;

const WIDTH: u32 = 960;
const ROW: i32 = 16;
const LABEL: i32 = 170;
const TEXT: i32 = 150;
const MARGIN: i32 = 12;
const PLOT: i32 = 320;

const NOW: RGBColor = RGBColor(160, 174, 192);
const AFTER: RGBColor = RGBColor(49, 130, 206);
const MINE: RGBColor = RGBColor(221, 107, 32);
const INK: RGBColor = RGBColor(26, 32, 44);

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Drawn = Result<(), String>;

fn err<E: std::fmt::Debug>(e: E) -> String {
    format!("{e:?}")
}

fn shown<T>(rows: &[T]) -> usize {
    rows.len().min(MAX_ROWS)
}

fn height_of(p: &Panel) -> i32 {
    let rows = |n: usize, extra: bool| n as i32 + 2 + i32::from(extra);
    match p {
        Panel::Bars(b) => ROW * rows(shown(&b.bars), b.bars.len() > MAX_ROWS),
        Panel::Paired(p) => ROW * (2 * shown(&p.rows) as i32 + 3),
        Panel::Scatter(_) => PLOT + 3 * ROW,
    }
}

/// The figure as an SVG document.
pub fn render(fig: &Figure) -> Result<String, String> {
    let titles: Vec<&str> = fig.title.lines().collect();
    let top = ROW * (2 + titles.len() as i32);
    let height = top + fig.panels.iter().map(height_of).sum::<i32>();
    let mut out = String::new();
    {
        let root =
            SVGBackend::with_string(&mut out, (WIDTH, height.max(1) as u32)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        for (k, line) in titles.iter().enumerate() {
            text(&root, line, MARGIN, ROW * (k as i32 + 1) + 2, 14, &INK)?;
        }
        let mut y = top;
        for p in &fig.panels {
            match p {
                Panel::Bars(b) => bars(&root, b, y)?,
                Panel::Paired(p) => paired(&root, p, y)?,
                Panel::Scatter(s) => scatter(&root, s, y)?,
            }
            y += height_of(p);
        }
        root.present().map_err(err)?;
    }
    Ok(out)
}

fn text(area: &Area, s: &str, x: i32, y: i32, size: u32, color: &RGBColor) -> Drawn {
    // plotters writes an SVG font size of size / 1.24.
    let style = ("sans-serif", f64::from(size) * 1.24)
        .into_font()
        .color(color);
    area.draw(&Text::new(s.to_string(), (x, y - ROW + 4), style))
        .map_err(err)
}

fn rect(area: &Area, x: i32, y: i32, len: i32, h: i32, color: &RGBColor) -> Drawn {
    if len <= 0 {
        return Ok(());
    }
    area.draw(&Rectangle::new([(x, y), (x + len, y + h)], color.filled()))
        .map_err(err)
}

fn length(value: u128, max: u128, width: i32) -> i32 {
    if value == 0 || max == 0 {
        return 0;
    }
    ((value as f64 / max as f64) * f64::from(width))
        .round()
        .max(1.0) as i32
}

fn bars(area: &Area, b: &Bars, y0: i32) -> Drawn {
    text(area, &b.title, MARGIN, y0 + ROW, 13, &INK)?;
    let sorted = sorted_bars(b);
    let max = sorted.first().map(|x| x.value).unwrap_or(0);
    let width = WIDTH as i32 - LABEL - TEXT - 2 * MARGIN;
    let mut y = y0 + ROW;
    for x in sorted.iter().take(MAX_ROWS) {
        y += ROW;
        let color = if x.highlight { MINE } else { AFTER };
        text(area, &x.label, MARGIN, y, 11, &INK)?;
        rect(
            area,
            MARGIN + LABEL,
            y - ROW + 3,
            length(x.value, max, width),
            ROW - 5,
            &color,
        )?;
        text(area, &x.text, WIDTH as i32 - MARGIN - TEXT, y, 11, &INK)?;
    }
    if sorted.len() > MAX_ROWS {
        let more = format!("… {} more", sorted.len() - MAX_ROWS);
        text(area, &more, MARGIN, y + ROW, 11, &INK)?;
    }
    Ok(())
}

fn paired(area: &Area, p: &Paired, y0: i32) -> Drawn {
    let legend = format!("{} (grey: now, blue: after; orange: yours)", p.title);
    text(area, &legend, MARGIN, y0 + ROW, 13, &INK)?;
    let n = p.series.len().max(1) as i32;
    let column = (WIDTH as i32 - LABEL - 2 * MARGIN) / n;
    let width = column - TEXT - 8;
    for (s, name) in p.series.iter().enumerate() {
        let x = MARGIN + LABEL + column * s as i32;
        text(area, name, x, y0 + 2 * ROW, 12, &INK)?;
    }
    let maxes: Vec<u128> = (0..p.series.len())
        .map(|s| {
            p.rows
                .iter()
                .filter_map(|r| r.pairs.get(s))
                .map(|x| x.before.max(x.after))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut y = y0 + 2 * ROW;
    for r in p.rows.iter().take(MAX_ROWS) {
        y += ROW;
        text(area, &r.label, MARGIN, y + ROW / 2, 11, &INK)?;
        for (s, x) in r.pairs.iter().enumerate().take(p.series.len()) {
            let left = MARGIN + LABEL + column * s as i32;
            let after = if r.highlight { MINE } else { AFTER };
            rect(
                area,
                left,
                y - ROW + 3,
                length(x.before, maxes[s], width),
                ROW - 5,
                &NOW,
            )?;
            text(area, &x.before_text, left + width + 4, y, 10, &INK)?;
            rect(
                area,
                left,
                y + 3,
                length(x.after, maxes[s], width),
                ROW - 5,
                &after,
            )?;
            text(area, &x.after_text, left + width + 4, y + ROW, 10, &INK)?;
        }
        y += ROW;
    }
    if p.rows.len() > MAX_ROWS {
        let more = format!("… {} more", p.rows.len() - MAX_ROWS);
        text(area, &more, MARGIN, y + ROW, 11, &INK)?;
    }
    Ok(())
}

fn scatter(area: &Area, s: &Scatter, y0: i32) -> Drawn {
    text(area, &s.title, MARGIN, y0 + ROW, 13, &INK)?;
    let (left, top) = (MARGIN + LABEL, y0 + 2 * ROW);
    let (w, h) = (WIDTH as i32 - LABEL - TEXT - 2 * MARGIN, PLOT - 2 * ROW);
    let axis = ShapeStyle::from(&INK).stroke_width(1);
    area.draw(&PathElement::new(
        vec![(left, top), (left, top + h), (left + w, top + h)],
        axis,
    ))
    .map_err(err)?;
    let xmax = s.points.iter().max_by_key(|p| p.x);
    let ymax = s.points.iter().max_by_key(|p| p.y);
    if let (Some(xm), Some(ym)) = (xmax, ymax) {
        text(
            area,
            &format!("{} {}", ym.y_text, s.y_name),
            MARGIN,
            top + ROW,
            10,
            &INK,
        )?;
        text(area, &format!("0 {}", s.y_name), MARGIN, top + h, 10, &INK)?;
        text(
            area,
            &format!("{} {}", xm.x_text, s.x_name),
            left + w - TEXT,
            top + h + ROW + 2,
            10,
            &INK,
        )?;
        for p in &s.points {
            let cx = left + length(p.x, xm.x, w);
            let cy = top + h - length(p.y, ym.y, h);
            let color = if p.highlight { MINE } else { AFTER };
            area.draw(&Circle::new((cx, cy), 3, color.filled()))
                .map_err(err)?;
            if s.points.len() <= 32 {
                text(area, &p.label, cx + 4, cy + 4, 9, &INK)?;
            }
        }
    }
    Ok(())
}
