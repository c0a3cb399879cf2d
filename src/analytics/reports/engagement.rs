//! `engagement`: per user, or per department / OU / title / channel through the directory.

use std::collections::{BTreeMap, HashMap};

use serde_json::json;

use super::{GroupBy, Params, Source, by_key, directory_users};
use crate::analytics::chart::Chart;
use crate::analytics::period::label;
use crate::analytics::{AnalyticsError, Report, round2};
use crate::cache::daily::Row;

/// Messages per active day that count as fully engaged.
const FULL_MESSAGES_PER_DAY: f64 = 20.0;

#[derive(Default)]
struct Usage {
    days: u32,
    messages: u64,
    conversations: u64,
    voice: u64,
    files: u64,
    /// The last active day.
    last: i64,
}

impl Usage {
    fn add(&mut self, r: &Row) {
        // A day's rows come by user, then channel: a second row of the same day and user
        // (another channel) is not another active day.
        if self.days == 0 || self.last != r.day {
            self.days += 1;
            self.last = r.day;
        }
        self.messages += u64::from(r.counts.messages);
        self.conversations += u64::from(r.counts.conversations);
        self.voice += u64::from(r.counts.voice);
        self.files += u64::from(r.counts.files);
    }
}

/// score = 60 × active_days / window_days + 40 × min(1, messages per active day / 20), 0–100.
fn score(u: &Usage, window_days: i64) -> f64 {
    let active = f64::from(u.days);
    if active == 0.0 {
        return 0.0;
    }
    let regular = active / window_days.max(1) as f64;
    let intensity = (u.messages as f64 / active / FULL_MESSAGES_PER_DAY).min(1.0);
    round2(60.0 * regular + 40.0 * intensity)
}

pub fn run(src: &Source<'_>, p: &Params) -> Result<Report, AnalyticsError> {
    let users = directory_users(src.conn, p.profile.as_deref())?;
    let keys = by_key(&users, p.join_key);
    let daily = src.daily(p.window.start, p.window.end)?;
    let mut per_user: HashMap<String, Usage> = HashMap::new();
    let mut per_channel: HashMap<String, HashMap<String, Usage>> = HashMap::new();
    // Per interned user (and channel) first, named at the end: a year is a million rows.
    let mut by_user: HashMap<(u32, u32), Usage> = HashMap::new();
    let by_channel = p.group_by == Some(GroupBy::Channel);
    for r in daily.rows_in(p.window.start, p.window.end) {
        let channel = if by_channel { r.channel } else { 0 };
        by_user.entry((r.user, channel)).or_default().add(r);
    }
    for ((user, channel), u) in by_user {
        let user = daily.users[user as usize].clone();
        if by_channel {
            let c = daily.channels[channel as usize].as_str();
            let c = if c.is_empty() { "(none)" } else { c };
            per_channel.entry(c.to_owned()).or_default().insert(user, u);
        } else {
            per_user.insert(user, u);
        }
    }
    let wdays = p.window.days();
    let note = format!(
        "score (0–100) = 60 × active_days / {wdays} (the window's days) + 40 × min(1, messages per active day / {FULL_MESSAGES_PER_DAY}); users are joined to the directory on {:?} (--join-key).",
        p.join_key
    );
    let mut rep;
    match p.group_by {
        None => {
            rep = Report::new(
                "engagement",
                "Engagement per user",
                &[
                    "user",
                    "name",
                    "department",
                    "title",
                    "active_days",
                    "messages",
                    "conversations",
                    "voice_commands",
                    "files",
                    "last_active",
                    "score",
                ],
            );
            let mut list: Vec<(&String, &Usage)> = per_user.iter().collect();
            list.sort_by(|a, b| {
                score(b.1, wdays)
                    .total_cmp(&score(a.1, wdays))
                    .then_with(|| a.0.cmp(b.0))
            });
            for (user, u) in list {
                let d = keys.get(user).map(|i| &users[*i]);
                rep.push(vec![
                    json!(user),
                    json!(d.map(|d| d.name.clone())),
                    json!(d.and_then(|d| d.department.clone())),
                    json!(d.and_then(|d| d.title.clone())),
                    json!(u.days),
                    json!(u.messages),
                    json!(u.conversations),
                    json!(u.voice),
                    json!(u.files),
                    json!(label(u.last, crate::analytics::period::By::Day)),
                    json!(score(u, wdays)),
                ]);
            }
        }
        Some(g) => {
            rep = Report::new(
                "engagement",
                "Engagement per group",
                &[
                    "group",
                    "directory_users",
                    "active_users",
                    "active_days_avg",
                    "messages",
                    "messages_per_active_user",
                    "score_avg",
                ],
            );
            // group → (members in the directory, usages of active users)
            let mut groups: BTreeMap<String, (u64, Vec<&Usage>)> = BTreeMap::new();
            if g == GroupBy::Channel {
                for (c, m) in &per_channel {
                    groups.entry(c.clone()).or_default().1.extend(m.values());
                }
            } else {
                for u in &users {
                    groups.entry(u.group(g)).or_default().0 += 1;
                }
                for (user, u) in &per_user {
                    let name = keys
                        .get(user)
                        .map_or_else(|| "(unknown)".to_owned(), |i| users[*i].group(g));
                    groups.entry(name).or_default().1.push(u);
                }
            }
            let mut x = Vec::new();
            let mut scores = Vec::new();
            for (name, (members, active)) in &groups {
                let n = active.len() as f64;
                let messages: u64 = active.iter().map(|u| u.messages).sum();
                let avg = |f: &dyn Fn(&Usage) -> f64| {
                    if n == 0.0 {
                        0.0
                    } else {
                        round2(active.iter().map(|u| f(u)).sum::<f64>() / n)
                    }
                };
                let score_avg = avg(&|u| score(u, wdays));
                x.push(name.clone());
                scores.push(score_avg);
                rep.push(vec![
                    json!(name),
                    if g == GroupBy::Channel {
                        json!(null)
                    } else {
                        json!(members)
                    },
                    json!(active.len()),
                    json!(avg(&|u| f64::from(u.days))),
                    json!(messages),
                    json!(if n == 0.0 {
                        0.0
                    } else {
                        round2(messages as f64 / n)
                    }),
                    json!(score_avg),
                ]);
            }
            rep.charts.push(Chart::bars(
                "Average engagement score",
                x,
                vec![("score".into(), scores)],
            ));
        }
    }
    rep.notes.push(note);
    Ok(rep)
}
