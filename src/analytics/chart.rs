//! Trends as SVG, drawn by plotters' SVG backend (no fonts loaded: the browser renders the
//! text), for the HTML export.

use plotters::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Line,
    Bars,
}

#[derive(Debug, Clone)]
pub struct Chart {
    pub title: String,
    pub kind: Kind,
    pub x: Vec<String>,
    pub series: Vec<(String, Vec<f64>)>,
}

impl Chart {
    pub fn line(
        title: impl Into<String>,
        x: Vec<String>,
        series: Vec<(String, Vec<f64>)>,
    ) -> Chart {
        Chart {
            title: title.into(),
            kind: Kind::Line,
            x,
            series,
        }
    }

    pub fn bars(
        title: impl Into<String>,
        x: Vec<String>,
        series: Vec<(String, Vec<f64>)>,
    ) -> Chart {
        Chart {
            title: title.into(),
            kind: Kind::Bars,
            x,
            series,
        }
    }

    /// The chart as an `<svg>` element; None when there is nothing to draw.
    pub fn svg(&self) -> Result<Option<String>, String> {
        let n = self.x.len();
        if n == 0 || self.series.iter().all(|(_, ys)| ys.is_empty()) {
            return Ok(None);
        }
        let ymax = self
            .series
            .iter()
            .flat_map(|(_, ys)| ys.iter().copied())
            .filter(|y| y.is_finite())
            .fold(0.0f64, f64::max);
        let ymin = self
            .series
            .iter()
            .flat_map(|(_, ys)| ys.iter().copied())
            .filter(|y| y.is_finite())
            .fold(0.0f64, f64::min);
        let top = if ymax <= 0.0 { 1.0 } else { ymax * 1.1 };
        let bottom = if ymin < 0.0 { ymin * 1.1 } else { 0.0 };
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (760, 320)).into_drawing_area();
            root.fill(&WHITE).map_err(|e| e.to_string())?;
            let mut chart = ChartBuilder::on(&root)
                .caption(&self.title, ("sans-serif", 18))
                .margin(12)
                .x_label_area_size(48)
                .y_label_area_size(64)
                .build_cartesian_2d(0usize..n.max(1), bottom..top)
                .map_err(|e| e.to_string())?;
            let labels = &self.x;
            chart
                .configure_mesh()
                .x_labels(n.min(12))
                .x_label_formatter(&|i| labels.get(*i).cloned().unwrap_or_default())
                .y_label_formatter(&|y| {
                    if y.abs() >= 1000.0 {
                        format!("{y:.0}")
                    } else {
                        format!("{y}")
                    }
                })
                .draw()
                .map_err(|e| e.to_string())?;
            for (i, (name, ys)) in self.series.iter().enumerate() {
                let color = Palette99::pick(i).to_rgba();
                match self.kind {
                    Kind::Line => {
                        chart
                            .draw_series(LineSeries::new(
                                ys.iter().enumerate().map(|(x, y)| (x, *y)),
                                color.stroke_width(2),
                            ))
                            .map_err(|e| e.to_string())?
                            .label(name.clone())
                            .legend(move |(x, y)| {
                                PathElement::new(vec![(x, y), (x + 16, y)], color)
                            });
                    }
                    Kind::Bars => {
                        // One slot per x value; the reports draw bars with one series.
                        chart
                            .draw_series(ys.iter().enumerate().map(|(x, y)| {
                                Rectangle::new([(x, 0.0), (x + 1, *y)], color.filled())
                            }))
                            .map_err(|e| e.to_string())?
                            .label(name.clone())
                            .legend(move |(x, y)| {
                                Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled())
                            });
                    }
                }
            }
            if self.series.len() > 1 {
                chart
                    .configure_series_labels()
                    .background_style(WHITE.mix(0.8))
                    .border_style(BLACK)
                    .draw()
                    .map_err(|e| e.to_string())?;
            }
            root.present().map_err(|e| e.to_string())?;
        }
        Ok(Some(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_an_svg_with_one_path_per_series() {
        let c = Chart::line(
            "t",
            vec!["a".into(), "b".into(), "c".into()],
            vec![
                ("one".into(), vec![1.0, 3.0, 2.0]),
                ("two".into(), vec![2.0, 1.0, 0.0]),
            ],
        );
        let svg = c.svg().unwrap().unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..50]);
        assert!(svg.matches("<polyline").count() >= 2, "{svg}");
        assert!(Chart::bars("e", vec![], vec![]).svg().unwrap().is_none());
    }
}
