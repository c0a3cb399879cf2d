//! The idempotency key of `analytics_events` rows: ingesting an event twice adds nothing.
//!
//! The key is SHA-256 over the event's fields, each length-prefixed so no two field lists
//! encode alike. It replaced a 64-bit FNV-1a (migration 8): with that, two different events
//! could share a key by chance or on purpose (FNV collisions are cheap to make), and the
//! second was silently dropped as a "duplicate".

use aws_lc_rs::digest::{Context, SHA256};
use rusqlite::{Connection, params};

/// The fields the key covers, as stored.
pub struct KeyFields<'a> {
    pub ts: i64,
    pub user: &'a str,
    pub kind: &'a str,
    pub id: Option<&'a str>,
    pub conversation_id: Option<&'a str>,
    pub channel: Option<&'a str>,
    pub response_ms: Option<i64>,
    pub bytes: Option<i64>,
    pub detail: Option<&'a str>,
}

/// The key: the event's id when it has one (the source's own identity), else every field.
pub fn event_key(f: &KeyFields<'_>) -> [u8; 32] {
    let mut h = Context::new(&SHA256);
    let text = |h: &mut Context, v: Option<&str>| match v {
        // Absent and empty differ: absent has no length at all.
        None => h.update(&[0xff]),
        Some(s) => {
            h.update(&[0x00]);
            h.update(&(s.len() as u64).to_be_bytes());
            h.update(s.as_bytes());
        }
    };
    let num = |h: &mut Context, v: Option<i64>| match v {
        None => h.update(&[0xff]),
        Some(n) => {
            h.update(&[0x00]);
            h.update(&n.to_be_bytes());
        }
    };
    match f.id {
        Some(id) => {
            h.update(b"atomctl event id\0");
            text(&mut h, Some(id));
        }
        None => {
            h.update(b"atomctl event fields\0");
            num(&mut h, Some(f.ts));
            text(&mut h, Some(f.user));
            text(&mut h, Some(f.kind));
            text(&mut h, f.conversation_id);
            text(&mut h, f.channel);
            num(&mut h, f.response_ms);
            num(&mut h, f.bytes);
            text(&mut h, f.detail);
        }
    }
    let d = h.finish();
    let mut key = [0u8; 32];
    key.copy_from_slice(d.as_ref());
    key
}

/// Migration 8, after its SQL made `analytics_events_v8`: every stored event gets its new key
/// (computed from the row, which holds every field the key covers), then the new table takes
/// the old one's place with its unique index.
pub(super) fn rekey(tx: &Connection) -> rusqlite::Result<()> {
    tx.execute_batch("CREATE UNIQUE INDEX analytics_events_v8_key ON analytics_events_v8 (key)")?;
    {
        let mut read = tx.prepare(
            "SELECT ts, user, type, id, conversation_id, channel, response_ms, bytes, detail
             FROM analytics_events",
        )?;
        let mut write = tx.prepare(
            "INSERT OR IGNORE INTO analytics_events_v8
               (key, ts, user, type, id, conversation_id, channel, response_ms, bytes, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let (ts, user, kind): (i64, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let (id, conversation_id, channel): (Option<String>, Option<String>, Option<String>) =
                (r.get(3)?, r.get(4)?, r.get(5)?);
            let (response_ms, bytes, detail): (Option<i64>, Option<i64>, Option<String>) =
                (r.get(6)?, r.get(7)?, r.get(8)?);
            let key = event_key(&KeyFields {
                ts,
                user: &user,
                kind: &kind,
                id: id.as_deref(),
                conversation_id: conversation_id.as_deref(),
                channel: channel.as_deref(),
                response_ms,
                bytes,
                detail: detail.as_deref(),
            });
            write.execute(params![
                &key[..],
                ts,
                user,
                kind,
                id,
                conversation_id,
                channel,
                response_ms,
                bytes,
                detail
            ])?;
        }
    }
    tx.execute_batch(
        "DROP TABLE analytics_events;
         ALTER TABLE analytics_events_v8 RENAME TO analytics_events;
         DROP INDEX analytics_events_v8_key;
         CREATE UNIQUE INDEX analytics_events_key ON analytics_events (key);",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<'a>() -> KeyFields<'a> {
        KeyFields {
            ts: 1,
            user: "a",
            kind: "error",
            id: None,
            conversation_id: None,
            channel: Some("bc"),
            response_ms: None,
            bytes: None,
            detail: None,
        }
    }

    #[test]
    fn field_boundaries_absence_and_ids_all_change_the_key() {
        let base = event_key(&fields());
        let shifted = event_key(&KeyFields {
            conversation_id: Some("b"),
            channel: Some("c"),
            ..fields()
        });
        let empty = event_key(&KeyFields {
            detail: Some(""),
            ..fields()
        });
        let with_id = event_key(&KeyFields {
            id: Some("x"),
            ..fields()
        });
        let same_id_other_fields = event_key(&KeyFields {
            id: Some("x"),
            ts: 99,
            ..fields()
        });
        assert_ne!(base, shifted);
        assert_ne!(base, empty);
        assert_ne!(base, with_id);
        assert_eq!(
            with_id, same_id_other_fields,
            "an id is the event's identity"
        );
        assert_eq!(base, event_key(&fields()), "stable");
    }
}
