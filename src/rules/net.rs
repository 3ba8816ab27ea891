//! Network values compared by meaning, as AWS reads them: CIDRs (`::0/0` is `::/0`), IP
//! protocols (`all` is `-1`, `6` is `tcp`) and port ranges. Rules never compare spellings.

// core::net: address types only, no sockets (the binary opens none).
use core::net::IpAddr;

/// An address block: `addr/len`, IPv4 or IPv6.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    addr: IpAddr,
    len: u8,
}

impl Cidr {
    /// Parse `addr/len`. The prefix length may carry leading zeros (`0.0.0.0/00`): the AWS
    /// provider accepts them at plan time (Go's net.ParseCIDR). Everything else it rejects (spaces, `0/0`, octets
    /// with leading zeros, a bare address) is not a CIDR here either.
    pub fn parse(s: &str) -> Option<Cidr> {
        let (addr, len) = s.split_once('/')?;
        if len.is_empty() || !len.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let addr: IpAddr = addr.parse().ok()?;
        let len: u8 = len.parse().ok()?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        (len <= max).then_some(Cidr { addr, len })
    }

    /// Every address of its family: `0.0.0.0/0`, `::/0` and their other spellings.
    pub fn is_any(&self) -> bool {
        self.len == 0
    }

    /// Open to the internet: every address, or a block so wide it holds a large part of the
    /// public internet (`0.0.0.0/1` with `128.0.0.0/1` is everyone): wider than a /8 for IPv4
    /// (any such block holds public space), wider than a /16 for IPv6 unless it lies within
    /// the unique local (`fc00::/7`) or link-local (`fe80::/10`) ranges. The same widths as a
    /// condition's `aws:SourceIp` ([`crate::rules::judge::names_something`]).
    pub fn is_internet(&self) -> bool {
        match self.addr {
            IpAddr::V4(_) => self.len < 8,
            IpAddr::V6(a) => {
                let bits = u128::from(a);
                let within = |net: u128, len: u8| self.len >= len && prefix_eq(bits, net, 128, len);
                self.len < 16 && !within(0xfc00 << 112, 7) && !within(0xfe80 << 112, 10)
            }
        }
    }

    pub fn is_ipv6(&self) -> bool {
        self.addr.is_ipv6()
    }

    /// Whether `ip` is in the block (never across families).
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip) {
            (IpAddr::V4(a), IpAddr::V4(b)) => prefix_eq(
                u128::from(u32::from(a)),
                u128::from(u32::from(b)),
                32,
                self.len,
            ),
            (IpAddr::V6(a), IpAddr::V6(b)) => {
                prefix_eq(u128::from(a), u128::from(b), 128, self.len)
            }
            _ => false,
        }
    }

    /// Whether every address of `other` is in this block.
    pub fn covers(&self, other: &Cidr) -> bool {
        self.len <= other.len && self.contains(other.addr)
    }
}

/// Whether the first `len` of `bits` bits of `a` and `b` are equal.
fn prefix_eq(a: u128, b: u128, bits: u32, len: u8) -> bool {
    let len = u32::from(len);
    len == 0 || (a ^ b) >> (bits - len.min(bits)) == 0
}

/// Whether `s` is a CIDR for every address (IPv4 or IPv6).
pub fn is_any_cidr(s: &str) -> bool {
    Cidr::parse(s).is_some_and(|c| c.is_any())
}

/// Whether `s` is a CIDR open to the internet ([`Cidr::is_internet`]).
pub fn is_internet_cidr(s: &str) -> bool {
    Cidr::parse(s).is_some_and(|c| c.is_internet())
}

pub const ICMP: u8 = 1;
pub const TCP: u8 = 6;
pub const UDP: u8 = 17;
pub const ICMPV6: u8 = 58;

/// An IP protocol of a security group or network ACL rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    /// `-1` or `all` (any case): every protocol, every port.
    All,
    /// A protocol number: names are mapped to theirs (`tcp` is 6).
    Num(u8),
    /// A name this table does not know: some single protocol, neither all nor TCP.
    Other,
}

impl Protocol {
    /// As the AWS provider reads it: case-insensitive names, numbers as strings (leading
    /// zeros and signs allowed: the provider plans `-01` and `006`).
    pub fn parse(s: &str) -> Protocol {
        let lower = s.to_ascii_lowercase();
        match lower.as_str() {
            "all" => return Protocol::All,
            "tcp" => return Protocol::Num(TCP),
            "udp" => return Protocol::Num(UDP),
            "icmp" => return Protocol::Num(ICMP),
            "icmpv6" => return Protocol::Num(ICMPV6),
            _ => {}
        }
        match lower.parse::<i64>() {
            Ok(n) => Protocol::from_num(n as f64),
            Err(_) => Protocol::Other,
        }
    }

    pub fn from_num(n: f64) -> Protocol {
        if n == -1.0 {
            Protocol::All
        } else if n.fract() == 0.0 && (0.0..=255.0).contains(&n) {
            Protocol::Num(n as u8)
        } else {
            Protocol::Other
        }
    }

    pub fn is_all(self) -> bool {
        self == Protocol::All
    }

    /// Whether the protocol carries ports (TCP, UDP), so that a port range applies.
    pub fn has_ports(self) -> bool {
        matches!(self, Protocol::Num(TCP | UDP))
    }
}

/// The ports a rule opens: `from_port`..=`to_port`, each known or absent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ports {
    pub from: Option<f64>,
    pub to: Option<f64>,
}

impl Ports {
    /// The whole range 0–65535.
    pub fn is_full(&self) -> bool {
        matches!((self.from, self.to), (Some(a), Some(b)) if a <= 0.0 && b >= 65535.0)
    }

    fn is_minus_one(&self) -> bool {
        self.from == Some(-1.0) && self.to == Some(-1.0)
    }

    fn contains(&self, port: f64) -> bool {
        matches!((self.from, self.to), (Some(a), Some(b)) if a <= port && port <= b)
    }
}

/// Whether a rule opens every port of its protocol, read as the rule has always read it:
/// every protocol; TCP or UDP 0–65535, or -1 to -1 (AWS either rejects that or reads it as
/// all ports, so "all" is right either way); ICMP never (its "ports" are types and codes);
/// any other protocol 0–65535.
pub fn all_traffic(protocol: Protocol, ports: Ports) -> bool {
    match protocol {
        Protocol::All => true,
        Protocol::Num(TCP | UDP) => ports.is_full() || ports.is_minus_one(),
        Protocol::Num(ICMP | ICMPV6) => false,
        _ => ports.is_full(),
    }
}

/// Whether a rule lets TCP `port` through: every protocol (ports then do not matter), or TCP
/// with a range that covers it.
pub fn admits_tcp(protocol: Protocol, ports: Ports, port: f64) -> bool {
    match protocol {
        Protocol::All => true,
        Protocol::Num(TCP) => ports.is_minus_one() || ports.contains(port),
        _ => false,
    }
}

/// Whether a rule lets `port` through over TCP or UDP: every protocol (ports then do not
/// matter), or TCP/UDP with a range that covers it (-1 to -1 read as every port, as in
/// [`all_traffic`]). ICMP and other protocols carry no ports.
pub fn admits_port(protocol: Protocol, ports: Ports, port: f64) -> bool {
    match protocol {
        Protocol::All => true,
        Protocol::Num(TCP | UDP) => ports.is_minus_one() || ports.contains(port),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_anywhere_is_anywhere() {
        for s in [
            "0.0.0.0/0",
            "0.0.0.0/00",
            "::/0",
            "::0/0",
            "0::/0",
            "0000::/0",
            "0:0:0:0:0:0:0:0/0",
            "::/00",
            "::/000",
            "0.0.0.0/0000",
        ] {
            assert!(is_any_cidr(s), "{s}");
        }
        for s in [
            "10.0.0.0/8",
            "0.0.0.0/1",
            "::/1",
            "2001:db8::/32",
            "0.0.0.0",
            "0/0",
            "0.0.0.0/0 ",
            " 0.0.0.0/0",
            "000.0.0.0/0",
            "0.0.0.0/33",
            "::/129",
            "0.0.0.0/-0",
            "0.0.0.0/+0",
            "0.0.0.0/1000",
            "",
            "/0",
        ] {
            assert!(!is_any_cidr(s), "{s}");
        }
    }

    #[test]
    fn blocks_wider_than_a_slash_8_are_the_internet_unless_private_ipv6() {
        for s in [
            "0.0.0.0/0",
            "0.0.0.0/1",
            "128.0.0.0/1",
            "64.0.0.0/2",
            "10.0.0.0/7",
            "::/0",
            "8000::/1",
            "2000::/3",
            "fc00::/6",
        ] {
            assert!(is_internet_cidr(s), "{s}");
        }
        for s in [
            "10.0.0.0/8",
            "11.0.0.0/8",
            "192.168.0.0/16",
            "fc00::/7",
            "fd00::/8",
            "fe80::/10",
            "2001:db8::/32",
            "2000::/16",
            "not a cidr",
        ] {
            assert!(!is_internet_cidr(s), "{s}");
        }
    }

    #[test]
    fn cidrs_contain_by_prefix() {
        let c = Cidr::parse("10.0.0.0/8").unwrap();
        assert!(c.contains("10.255.1.2".parse().unwrap()));
        assert!(!c.contains("11.0.0.0".parse().unwrap()));
        assert!(!c.contains("::a00:0".parse().unwrap()));
        assert!(c.covers(&Cidr::parse("10.1.0.0/16").unwrap()));
        assert!(!c.covers(&Cidr::parse("0.0.0.0/0").unwrap()));
        let any6 = Cidr::parse("::0/0").unwrap();
        assert!(any6.is_ipv6() && any6.contains("2001:db8::1".parse().unwrap()));
        assert!(!any6.contains("1.2.3.4".parse().unwrap()));
        let host = Cidr::parse("2001:db8::1/128").unwrap();
        assert!(host.contains("2001:db8::1".parse().unwrap()));
        assert!(!host.contains("2001:db8::2".parse().unwrap()));
        let v4host = Cidr::parse("192.0.2.7/32").unwrap();
        assert!(v4host.contains("192.0.2.7".parse().unwrap()));
        assert!(!v4host.contains("192.0.2.6".parse().unwrap()));
    }

    #[test]
    fn protocols_by_their_equivalents() {
        for s in ["-1", "all", "ALL", "All", "-01"] {
            assert_eq!(Protocol::parse(s), Protocol::All, "{s}");
        }
        for s in ["tcp", "TCP", "6", "006", "+6"] {
            assert_eq!(Protocol::parse(s), Protocol::Num(TCP), "{s}");
        }
        assert_eq!(Protocol::parse("17"), Protocol::parse("udp"));
        assert_eq!(Protocol::parse("1"), Protocol::parse("icmp"));
        assert_eq!(Protocol::parse("58"), Protocol::parse("icmpv6"));
        assert_eq!(Protocol::parse("esp"), Protocol::Other);
        assert_eq!(Protocol::parse("256"), Protocol::Other);
        assert_eq!(Protocol::from_num(-1.0), Protocol::All);
        assert_eq!(Protocol::from_num(6.0), Protocol::Num(TCP));
        assert_eq!(Protocol::from_num(6.5), Protocol::Other);
        assert!(Protocol::Num(UDP).has_ports() && !Protocol::Num(ICMP).has_ports());
    }

    #[test]
    fn ports_as_ranges() {
        let r = |a: f64, b: f64| Ports {
            from: Some(a),
            to: Some(b),
        };
        let none = Ports {
            from: None,
            to: None,
        };
        assert!(r(0.0, 65535.0).is_full() && r(-1.0, 65535.0).is_full());
        assert!(!r(0.0, 0.0).is_full() && !r(1.0, 65535.0).is_full() && !none.is_full());
        let all = Protocol::All;
        let tcp = Protocol::Num(TCP);
        assert!(all_traffic(tcp, r(-1.0, -1.0)) && all_traffic(Protocol::Num(UDP), r(-1.0, -1.0)));
        // ICMP -1/-1 is every type and code of ICMP, not all traffic.
        assert!(!all_traffic(Protocol::Num(ICMP), r(-1.0, -1.0)));
        assert!(!all_traffic(Protocol::Num(ICMPV6), r(-1.0, -1.0)));
        assert!(all_traffic(Protocol::Other, r(0.0, 65535.0)));
        // Protocol -1 with ports 0-0 (what Terraform requires) is all traffic.
        assert!(all_traffic(all, r(0.0, 0.0)) && all_traffic(all, none));
        assert!(all_traffic(tcp, r(0.0, 65535.0)) && !all_traffic(tcp, r(0.0, 0.0)));
        assert!(admits_tcp(all, r(0.0, 0.0), 80.0));
        assert!(admits_tcp(tcp, r(80.0, 443.0), 80.0) && admits_tcp(tcp, r(80.0, 443.0), 443.0));
        assert!(!admits_tcp(tcp, r(443.0, 443.0), 80.0));
        assert!(!admits_tcp(Protocol::Num(UDP), r(0.0, 65535.0), 80.0));
        assert!(!admits_tcp(Protocol::Num(ICMP), r(0.0, 255.0), 80.0));
        assert!(!admits_tcp(tcp, none, 80.0));
        assert!(admits_tcp(Protocol::parse("6"), r(-1.0, -1.0), 80.0));
        assert!(admits_port(Protocol::Num(UDP), r(3000.0, 4000.0), 3389.0));
        assert!(admits_port(all, none, 22.0) && admits_port(tcp, r(0.0, 65535.0), 22.0));
        assert!(!admits_port(tcp, r(23.0, 3388.0), 22.0) && !admits_port(tcp, none, 22.0));
        assert!(!admits_port(Protocol::Num(ICMP), r(-1.0, -1.0), 22.0));
    }
}
