//! Forecasts of a daily series with a weekly rhythm: additive Holt-Winters (level, trend and
//! a season of 7 days), its smoothing parameters picked from a grid by the one-step-ahead
//! squared error, with an interval from the one-step errors, and a backtest that holds the
//! last weeks out, forecasts them, and says how far off it was (MAPE).

/// A fitted model, ready to forecast from the end of its series.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub alpha: f64,
    pub beta: f64,
    pub gamma: f64,
    level: f64,
    trend: f64,
    season: Vec<f64>,
    /// Standard deviation of the one-step-ahead errors.
    pub sigma: f64,
    /// Values fitted (the forecast starts after them).
    n: usize,
}

/// One forecast value with its 95% interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

const GRID: [f64; 7] = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];

struct Run {
    sse: f64,
    level: f64,
    trend: f64,
    season: Vec<f64>,
}

fn run(y: &[f64], m: usize, a: f64, b: f64, g: f64) -> Run {
    let mean = |s: &[f64]| s.iter().sum::<f64>() / s.len() as f64;
    let mut level = mean(&y[..m]);
    let mut trend = (mean(&y[m..2 * m]) - level) / m as f64;
    let mut season: Vec<f64> = y[..m].iter().map(|v| v - level).collect();
    let mut sse = 0.0;
    for (t, &v) in y.iter().enumerate().skip(m) {
        let s = season[t % m];
        let e = v - (level + trend + s);
        sse += e * e;
        let next = a * (v - s) + (1.0 - a) * (level + trend);
        trend = b * (next - level) + (1.0 - b) * trend;
        season[t % m] = g * (v - next) + (1.0 - g) * s;
        level = next;
    }
    Run {
        sse,
        level,
        trend,
        season,
    }
}

/// Fits a season of `m` values; None with fewer than two seasons and a day.
pub fn fit(y: &[f64], m: usize) -> Option<Model> {
    if m == 0 || y.len() <= 2 * m || y.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let mut best: Option<(f64, f64, f64, Run)> = None;
    for &a in &GRID {
        for &b in &GRID[..4] {
            for &g in &GRID {
                let r = run(y, m, a, b, g);
                if best.as_ref().is_none_or(|x| r.sse < x.3.sse) {
                    best = Some((a, b, g, r));
                }
            }
        }
    }
    let (alpha, beta, gamma, r) = best?;
    Some(Model {
        alpha,
        beta,
        gamma,
        sigma: (r.sse / (y.len() - m) as f64).sqrt(),
        level: r.level,
        trend: r.trend,
        season: r.season,
        n: y.len(),
    })
}

impl Model {
    /// The next `h` values. The interval widens with the horizon as the model's own errors
    /// accumulate (Hyndman et al., additive Holt-Winters); values are counts, so never below
    /// zero.
    pub fn forecast(&self, h: usize) -> Vec<Point> {
        let m = self.season.len();
        let mut acc = 0.0;
        (1..=h)
            .map(|k| {
                if k > 1 {
                    let j = (k - 1) as f64;
                    let seasonal = if (k - 1) % m == 0 { self.gamma } else { 0.0 };
                    acc += (self.alpha * (1.0 + j * self.beta) + seasonal).powi(2);
                }
                let value = self.level + k as f64 * self.trend + self.season[(self.n + k - 1) % m];
                let half = 1.96 * self.sigma * (1.0 + acc).sqrt();
                Point {
                    value: value.max(0.0),
                    low: (value - half).max(0.0),
                    high: (value + half).max(0.0),
                }
            })
            .collect()
    }
}

/// The backtest: fit on all but the last `hold` values, forecast them, and give the mean
/// absolute percentage error over those that are not zero. None when too short.
pub fn backtest(y: &[f64], m: usize, hold: usize) -> Option<f64> {
    let cut = y.len().checked_sub(hold)?;
    let model = fit(&y[..cut], m)?;
    let errors: Vec<f64> = model
        .forecast(hold)
        .iter()
        .zip(&y[cut..])
        .filter(|(_, a)| **a != 0.0)
        .map(|(f, a)| ((a - f.value) / a).abs())
        .collect();
    (!errors.is_empty()).then(|| 100.0 * errors.iter().sum::<f64>() / errors.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Weekdays busy, weekends quiet, growing 1 a day, with a small repeatable wobble.
    fn weekly(n: usize) -> Vec<f64> {
        let week = [100.0, 110.0, 105.0, 108.0, 95.0, 20.0, 15.0];
        (0..n)
            .map(|t| week[t % 7] + t as f64 + [0.0, 2.0, -1.0][t % 3])
            .collect()
    }

    #[test]
    fn a_weekly_series_is_forecast_with_its_rhythm() {
        let y = weekly(120);
        let model = fit(&y, 7).unwrap();
        let next = model.forecast(14);
        let want = weekly(134);
        for (k, p) in next.iter().enumerate() {
            let truth = want[120 + k];
            assert!(
                (p.value - truth).abs() < 8.0,
                "day {k}: {} vs {truth}",
                p.value
            );
            assert!(p.low <= p.value && p.value <= p.high);
        }
        // Weekends stay quiet in the forecast: 75 below the day before, as in the data.
        let sat = (0..7).find(|k| (120 + k) % 7 == 5).unwrap();
        assert!(next[sat].value < next[sat - 1].value - 60.0, "{next:?}");
        // The interval widens with the horizon.
        assert!(next[13].high - next[13].low >= next[0].high - next[0].low);
        let mape = backtest(&y, 7, 28).unwrap();
        assert!(mape < 5.0, "{mape}");
    }

    #[test]
    fn a_flat_series_stays_flat_and_short_series_are_refused() {
        let y = vec![50.0; 60];
        let p = fit(&y, 7).unwrap().forecast(7);
        assert!(
            p.iter()
                .all(|p| (p.value - 50.0).abs() < 1e-6 && p.high - p.low < 1e-6)
        );
        assert_eq!(backtest(&y, 7, 28), Some(0.0));
        assert!(fit(&y[..14], 7).is_none());
        assert!(backtest(&y[..40], 7, 28).is_none());
        assert!(fit(&[1.0, f64::NAN, 3.0].repeat(10), 7).is_none());
    }

    #[test]
    fn a_change_of_level_shows_in_the_backtest_error() {
        // Steady, then half: a model fitted before the fall misses it.
        let mut y = weekly(90);
        for v in &mut y[62..] {
            *v /= 2.0;
        }
        assert!(backtest(&y, 7, 28).unwrap() > 30.0);
    }
}
