// Unit tests of the packet builder (tests/kernel/packets.ts) against bytes written out by hand
// from the RFC layouts, so the conformance suites stand on frames known to be right.

import { describe, expect, it } from "vitest";
import {
  arp, ether, eth, fromHex, headerCuts, icmp, icmpv6, ip4, ip6, ipv4, ipv6, tcp, toHex, truncate, udp,
} from "./packets.js";

const MACS = "020000000002" + "020000000001";

describe("addresses", () => {
  it("parses IPv4 and IPv6 text", () => {
    expect(toHex(ip4("192.0.2.255"))).toBe("c00002ff");
    expect(toHex(ip6("2001:db8::1"))).toBe("20010db8000000000000000000000001");
    expect(toHex(ip6("::"))).toBe("0".repeat(32));
    expect(toHex(ip6("fe80::1:2"))).toBe("fe800000000000000000000000010002");
    expect(toHex(ip6("::ffff:10.0.0.1"))).toBe("00000000000000000000ffff0a000001");
    expect(toHex(ip6("1:2:3:4:5:6:7:8"))).toBe("00010002000300040005000600070008");
  });
  it("rejects malformed addresses", () => {
    expect(() => ip4("1.2.3")).toThrow();
    expect(() => ip4("1.2.3.256")).toThrow();
    expect(() => ip6("1::2::3")).toThrow();
    expect(() => ip6("1:2:3:4:5:6:7")).toThrow();
    expect(() => ip6("1:2:3:4::5:6:7:8")).toThrow();
  });
});

describe("IPv4 frames", () => {
  it("builds an Ethernet/IPv4/TCP SYN byte for byte", () => {
    const f = eth(ipv4({}, tcp({ sport: 40000, dport: 80 })));
    expect(toHex(f)).toBe(
      MACS + "0800" +
        "45000028" + "12340000" + "40060000" + "c0000201" + "c6336401" +
        "9c400050" + "00000001" + "00000000" + "5002ffff" + "00000000",
    );
  });
  it("sets DSCP/ECN, fragment fields, options (IHL) and UDP length", () => {
    const l3 = ipv4(
      { dscp: 46, ecn: 1, mf: true, fragOffset: 0x123, options: Uint8Array.of(1, 1, 1), src: "10.0.0.1", dst: "10.0.0.2" },
      udp({ sport: 1, dport: 2, payload: Uint8Array.of(0xaa, 0xbb) }),
    );
    expect(toHex(l3.bytes)).toBe(
      "46b9" + "0022" + "1234" + "2123" + "40110000" + "0a000001" + "0a000002" + "01010100" +
        "00010002" + "000a0000" + "aabb",
    );
    expect(l3.headers).toEqual([{ name: "ipv4", start: 0, end: 24 }, { name: "udp", start: 24, end: 34 }]);
  });
  it("builds ICMP and a bare IPv4 header with an explicit protocol", () => {
    expect(toHex(icmp({ type: 3, code: 4, rest: 0 }).bytes)).toBe("0304000000000000");
    const bare = ipv4({ proto: 47 });
    expect(bare.bytes.length).toBe(20);
    expect(bare.bytes[9]).toBe(47);
    expect(toHex(bare.bytes.slice(2, 4))).toBe("0014");
  });
  it("encodes TCP flags from names or a raw byte", () => {
    expect(tcp({ flags: ["syn", "ack"] }).bytes[13]).toBe(0x12);
    expect(tcp({ flags: ["fin", "syn", "rst", "psh", "ack", "urg", "ece", "cwr"] }).bytes[13]).toBe(0xff);
    expect(tcp({ flags: 0x29 }).bytes[13]).toBe(0x29);
    expect(tcp({ flags: [] }).bytes[13]).toBe(0);
  });
});

describe("IPv6 frames", () => {
  it("builds Ethernet/IPv6/UDP byte for byte", () => {
    const f = eth(ipv6({ dscp: 10, flowLabel: 0xabcde }, udp({ sport: 53, dport: 5353 })));
    expect(toHex(f)).toBe(
      MACS + "86dd" +
        "628abcde" + "0008" + "11" + "40" +
        "20010db8000000000000000000000001" + "20010db8000000000000000000000002" +
        "003514e900080000",
    );
  });
  it("chains extension headers in the given order with correct next headers and lengths", () => {
    const l3 = ipv6(
      { ext: [{ type: "hop" }, { type: "routing", octets: 24 }, { type: "frag", fragOffset: 2, mf: true },
        { type: "ah" }, { type: "dst", octets: 16 }, { type: "mh" }] },
      icmpv6({ type: 129, rest: 0 }),
    );
    const b = l3.bytes;
    expect(b[6]).toBe(0); // first next header: hop-by-hop
    expect(toHex(b.slice(4, 6))).toBe((8 + 24 + 8 + 16 + 16 + 8 + 8).toString(16).padStart(4, "0"));
    expect(toHex(b.slice(40, 48))).toBe("2b00010400000000"); // hop → routing, PadN(4)
    expect(toHex(b.slice(48, 52))).toBe("2c020400"); // routing → frag, len 2, type 4, left 0
    expect(toHex(b.slice(72, 80))).toBe("330000110000cafe"); // frag → AH, offset 2, M
    expect(toHex(b.slice(80, 84))).toBe("3c020000"); // AH → dst, len 16/4-2
    expect(toHex(b.slice(96, 100))).toBe("8701010c"); // dst → MH, len 1, PadN(12)
    expect(toHex(b.slice(112, 115))).toBe("3a0000"); // MH → icmpv6, len 0, type 0
    expect(toHex(b.slice(120))).toBe("8100000000000000");
    expect(l3.headers.map((h) => `${h.name}@${h.start}`)).toEqual([
      "ipv6@0", "hop@40", "routing@48", "frag@72", "ah@80", "dst@96", "mh@112", "icmpv6@120",
    ]);
  });
  it("ends the chain with 59 (no next header) when nothing follows", () => {
    const l3 = ipv6({ ext: [{ type: "dst" }] });
    expect(l3.bytes[6]).toBe(60);
    expect(l3.bytes[40]).toBe(59);
  });
});

describe("Ethernet, VLANs and other frames", () => {
  it("writes 802.1ad + 802.1Q tags outermost first", () => {
    const f = ether({ vlans: [{ tpid: 0x88a8, vid: 100, pcp: 5 }, { vid: 10 }] }, ipv4({}, udp()));
    expect(toHex(f.bytes.slice(12, 24))).toBe("88a8a064" + "8100000a" + "08004500");
    expect(f.headers.slice(0, 4).map((h) => `${h.name}:${h.start}-${h.end}`))
      .toEqual(["eth:0-14", "vlan0:14-18", "vlan1:18-22", "ipv4:22-42"]);
  });
  it("builds an ARP request", () => {
    const f = eth(arp());
    expect(f.length).toBe(42);
    expect(toHex(f.slice(12, 22))).toBe("0806000108000604" + "0001");
  });
});

describe("truncation", () => {
  it("cuts at every header boundary, absent and one byte short", () => {
    const f = ether({ vlans: [{ vid: 5 }] }, ipv4({}, tcp()));
    const cuts = headerCuts(f).map((c) => `${c.what}=${c.bytes.length}`);
    // Cuts below 14 bytes (inside the Ethernet header) are skipped: test runs refuse them.
    expect(cuts).toEqual([
      "vlan0: missing=14", "vlan0: 1 byte short=17", "ipv4: missing=18", "ipv4: 1 byte short=37",
      "tcp: missing=38", "tcp: 1 byte short=57",
    ]);
    expect(f.bytes.length).toBe(58);
    expect(truncate(f, 20)).toEqual(f.bytes.slice(0, 20));
    expect(() => truncate(f, 59)).toThrow();
  });
  it("round-trips hex", () => {
    expect(toHex(fromHex("de:ad be ef"))).toBe("deadbeef");
    expect(() => fromHex("abc")).toThrow();
  });
});
