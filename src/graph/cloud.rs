//! The national clouds: each has its own sign-in and Graph hosts, and tokens do not cross
//! them (reference/msgraph.md §1). Both can be overridden, which is how tests reach a fake.

/// A Microsoft cloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cloud {
    /// Worldwide, and US Government (GCC), which uses the worldwide endpoints.
    Global,
    UsGov,
    /// US Government L4 (GCC High).
    UsGovHigh,
    /// US Government L5 (DoD).
    UsGovDod,
    /// China, operated by 21Vianet.
    China,
}

impl Cloud {
    pub fn parse(name: &str) -> Option<Cloud> {
        Some(match name.to_ascii_lowercase().as_str() {
            "global" | "public" | "worldwide" => Cloud::Global,
            "usgov" | "us-gov" | "gcc" => Cloud::UsGov,
            "usgovhigh" | "us-gov-high" | "gcc-high" => Cloud::UsGovHigh,
            "dod" | "usgovdod" | "us-gov-dod" => Cloud::UsGovDod,
            "china" => Cloud::China,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Cloud::Global => "global",
            Cloud::UsGov => "usgov",
            Cloud::UsGovHigh => "usgovhigh",
            Cloud::UsGovDod => "dod",
            Cloud::China => "china",
        }
    }

    /// The sign-in host, without a trailing slash.
    pub fn login_url(self) -> &'static str {
        match self {
            Cloud::Global | Cloud::UsGov => "https://login.microsoftonline.com",
            Cloud::UsGovHigh | Cloud::UsGovDod => "https://login.microsoftonline.us",
            Cloud::China => "https://login.chinacloudapi.cn",
        }
    }

    /// The Graph host, without a trailing slash or version.
    pub fn graph_url(self) -> &'static str {
        match self {
            Cloud::Global | Cloud::UsGov => "https://graph.microsoft.com",
            Cloud::UsGovHigh => "https://graph.microsoft.us",
            Cloud::UsGovDod => "https://dod-graph.microsoft.us",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn",
        }
    }
}
