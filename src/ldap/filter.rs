//! RFC 4515 filter value escaping: a user's value can never change a filter's structure.

/// Escape `*`, `(`, `)`, `\` and NUL as `\2a`, `\28`, `\29`, `\5c`, `\00`.
pub fn escape_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '*' => out.push_str("\\2a"),
            '(' => out.push_str("\\28"),
            ')' => out.push_str("\\29"),
            '\\' => out.push_str("\\5c"),
            '\0' => out.push_str("\\00"),
            c => out.push(c),
        }
    }
    out
}

/// `(|(a=v)(b=v)…)` with the value escaped once for all attributes.
pub fn any_equal(attrs: &[&str], value: &str) -> String {
    let v = escape_value(value);
    let mut f = String::from("(|");
    for a in attrs {
        f.push_str(&format!("({a}={v})"));
    }
    f.push(')');
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_rfc4515_specials() {
        assert_eq!(escape_value("a*(b)\\c\0"), "a\\2a\\28b\\29\\5cc\\00");
        assert_eq!(escape_value("Zoë"), "Zoë");
    }

    #[test]
    fn an_injection_attempt_stays_a_value() {
        let f = any_equal(&["uid"], "*)(uid=*");
        assert_eq!(f, "(|(uid=\\2a\\29\\28uid=\\2a))");
        assert!(ldap3::parse_filter(&f).is_ok());
    }
}
