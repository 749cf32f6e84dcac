/** The state part every host writes and reads (src/host/statePart.ts). */
import { STATE_NAMESPACE } from "../../src/core/state";
import { statePartXml as serializeStateXml } from "../../src/host/statePart";
import { statePartText as parseStateXml } from "../../src/host/statePartRead";
import { rootNamespace } from "../fakes/wordFake";

describe("state XML part", () => {
  const samples = [
    "{}",
    '{"a":"<b>&amp;</b>","c":"]]>"}',
    '{"text":"“整改措施”\\n第二行"}',
    "{\r\n  \"pretty\": true\r\n}",
    '{"emoji":"😀","tab":"\t"}',
  ];

  test.each(samples)("round trip and well-formed: %s", (json) => {
    const xml = serializeStateXml(json);
    expect(rootNamespace(xml)).toBe(STATE_NAMESPACE);
    expect(parseStateXml(xml)).toBe(json);
  });

  test("raw control characters (never valid in JSON strings) become \\u escapes, keeping the XML valid", () => {
    const xml = serializeStateXml('{"x":"\u0001"}');
    expect(() => rootNamespace(xml)).not.toThrow();
    expect(JSON.parse(parseStateXml(xml) ?? "")).toEqual({ x: "\u0001" });
  });

  test("accepts prefixes, character references, CDATA and an empty element", () => {
    expect(parseStateXml(`<p:state xmlns:p="${STATE_NAMESPACE}">&#123;&#x7D;</p:state>`)).toBe("{}");
    expect(parseStateXml(`<state xmlns='${STATE_NAMESPACE}'>[<![CDATA[1,<2>]]>]</state>`)).toBe("[1,<2>]");
    expect(parseStateXml(`<state xmlns="${STATE_NAMESPACE}"/>`)).toBe("");
  });

  test("refuses other namespaces, other roots, unclosed roots and DTDs", () => {
    expect(parseStateXml('<state xmlns="urn:duizhao:state:2">{}</state>')).toBeNull();
    expect(parseStateXml("<state>{}</state>")).toBeNull();
    expect(parseStateXml(`<state xmlns="${STATE_NAMESPACE}">{}`)).toBeNull();
    expect(parseStateXml("not xml")).toBeNull();
    expect(parseStateXml(`<other xmlns="${STATE_NAMESPACE}">{}</other>`)).toBeNull();
    expect(parseStateXml(`<!DOCTYPE state [<!ENTITY x "y">]><state xmlns="${STATE_NAMESPACE}">&x;</state>`)).toBeNull();
  });
});
