/**
 * Local storage under Office's partition key. Where Office partitions storage
 * (Office on the web, the Mac), `Office.context.partitionKey` is a key the
 * add-in must put in front of its own keys so its data stays in the context it
 * was stored in; it is undefined where storage is not partitioned (Windows):
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings
 * (Storage partitioning). Outside Office (the preview) there is no key.
 */
import type { StorageLike } from "./store";

/** Office.context.partitionKey, or undefined (outside Office, or where Office does not partition). */
export function officePartitionKey(): string | undefined {
  try {
    const office = (globalThis as { Office?: { context?: { partitionKey?: unknown } } }).Office;
    const key = office?.context?.partitionKey;
    return typeof key === "string" && key !== "" ? key : undefined;
  } catch {
    return undefined;
  }
}

/** `storage` with every key prefixed by the partition key, as Microsoft's article does; `storage` itself without one. */
export function partitionedStorage(storage: StorageLike, partitionKey: string | undefined = officePartitionKey()): StorageLike {
  if (!partitionKey) return storage;
  const key = (name: string) => `${partitionKey}${name}`;
  return {
    getItem: (name) => storage.getItem(key(name)),
    setItem: (name, value) => storage.setItem(key(name), value),
  };
}
