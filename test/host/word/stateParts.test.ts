/**
 * One state part in Word: the newest of the parts in the namespace is read; writing
 * adds the new part first and then deletes every old one it could read, so a failed
 * delete leaves a stale part that loses to the new one when the state is read again.
 */
import { STATE_NAMESPACE } from "../../../src/core/state";
import { statePartXml } from "../../../src/host/statePart";
import { WordHost } from "../../../src/host/word/wordHost";
import { FakeWord } from "../../fakes/wordFake";

const state = (revision: number, profileId: string) => JSON.stringify({ version: 1, profileId, revision });

function hostWith(parts: string[]) {
  const fake = new FakeWord([], { customXmlParts: parts.map((json) => statePartXml(json)) });
  return { fake, host: new WordHost({ run: fake.run, office: fake.office }) };
}

test("the newest part is read, whatever order Word gives them in", async () => {
  const { host } = hostWith([state(8, "newest"), state(3, "stale")]);
  expect(await host.readState()).toBe(state(8, "newest"));
});

test("writing leaves one part", async () => {
  const { fake, host } = hostWith([state(2, "a"), state(5, "b")]);
  await host.writeState(state(6, "c"));
  expect([...fake.customXmlParts.values()]).toEqual([statePartXml(state(6, "c"))]);
});

test("a stale part whose deletion failed loses to the new one", async () => {
  const { fake, host } = hostWith([state(5, "old")]);
  fake.failing.add("delete");
  // The new state is written; the old part stays behind.
  await host.writeState(state(6, "new"));
  fake.failing.clear();
  expect(fake.customXmlParts.size).toBe(2);
  expect(await host.readState()).toBe(state(6, "new"));
  // The next write removes the stale one.
  await host.writeState(state(7, "next"));
  expect([...fake.customXmlParts.values()]).toEqual([statePartXml(state(7, "next"))]);
});

test("a part that cannot be read is left alone", async () => {
  const { fake, host } = hostWith(["{not json", state(1, "good")]);
  expect(await host.readState()).toBe(state(1, "good"));
  await host.writeState(state(2, "next"));
  const xmls = [...fake.customXmlParts.values()];
  expect(xmls).toHaveLength(2);
  expect(xmls.some((x) => x.includes("{not json") && x.includes(STATE_NAMESPACE))).toBe(true);
});
