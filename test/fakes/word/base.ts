/**
 * What every proxy (and every collection) has in common: load(), reading a loaded
 * property, setting one, isNullObject, toJSON().
 *
 * Sources for each belief:
 * - Reading a property that was not loaded (and synced) throws PropertyNotLoaded;
 *   a collection's `items` must be loaded too:
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 * - *OrNullObject properties return an object whose isNullObject is true when the
 *   item does not exist; isNullObject is known only after load and sync, and a
 *   null object's other properties cannot be read:
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 * - Setting a property queues the change; the proxy shows the new value at once:
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model (set properties)
 * - A navigation property returns the same proxy on every access (Paragraph.font),
 *   while Body.paragraphs makes a new collection each time (document.ts). Neither
 *   is stated on a Microsoft page: these are the fake's choices, and WordHost
 *   depends on neither.
 * - toJSON() gives the loaded values: https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-tojson-member(1)
 */
import { propertyNotLoaded, unsupported } from "./errors";
import { itemPaths, parseLoadArgument, validatePath, type FakeLoadArgument, type Schema } from "./load";
import type { FakeRequestContext } from "./context";

export abstract class FakeClientObject {
  protected readonly loadedValues = new Map<string, unknown>();
  private loaded = false;
  private nullObject = false;
  private readonly navigationCache = new Map<string, FakeClientObject>();

  constructor(
    readonly context: FakeRequestContext,
    protected readonly schema: Schema,
  ) {}

  /** Current value of a scalar from the live document (called at sync time). */
  protected abstract liveScalar(name: string): unknown;
  /** Whether the object exists now (false for a null object); throws where Word would. */
  protected abstract liveExists(): boolean;
  /** What loading "everything" gives on this host. */
  protected availableScalars(): readonly string[] {
    return this.schema.scalars;
  }
  protected createNavigation(name: string): FakeClientObject {
    throw unsupported(`navigation '${name}'`);
  }

  /** @internal Same proxy for every access, as in Office.js. */
  navigation<T extends FakeClientObject>(name: string): T {
    let child = this.navigationCache.get(name);
    if (!child) {
      child = this.createNavigation(name);
      this.navigationCache.set(name, child);
    }
    return child as T;
  }

  load(properties?: FakeLoadArgument): this {
    this.context.assertUsable(this);
    const paths = parseLoadArgument(properties);
    for (const path of paths) validatePath(this.schema, path);
    this.context.fake.loadLog.push({ type: this.schema.type, paths });
    this.context.enqueue({ describe: `load ${this.schema.type} ${paths.join(",")}`, kind: "load", run: () => this.applyLoad(paths) });
    return this;
  }

  /** @internal Take the snapshot for `paths` (at sync time). */
  applyLoad(paths: string[]): void {
    this.context.fake.onLoad(this.schema.type);
    const exists = this.liveExists();
    this.loaded = true;
    this.nullObject = !exists;
    if (!exists) return;
    const navigations = new Map<string, string[]>();
    for (const path of paths) {
      if (path === "$none") continue;
      if (path === "*") {
        for (const name of this.availableScalars()) this.loadedValues.set(name, this.liveScalar(name));
        continue;
      }
      const [head, ...rest] = path.split("/");
      if (this.schema.scalars.includes(head)) {
        this.loadedValues.set(head, this.liveScalar(head));
      } else {
        const list = navigations.get(head) ?? [];
        list.push(rest.length > 0 ? rest.join("/") : "*");
        navigations.set(head, list);
      }
    }
    for (const [name, sub] of navigations) this.navigation(name).applyLoad(sub);
  }

  protected read<T>(name: string): T {
    if (this.loaded && this.nullObject) {
      throw propertyNotLoaded(name, " (This is a null object: test isNullObject before reading its properties.)");
    }
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /**
   * Setting a property: the proxy shows the new value at once (as in Office.js);
   * the document changes at sync time, where `apply` may fail like Word would.
   */
  protected write(name: string, value: unknown, apply: () => void): void {
    this.context.assertUsable(this);
    if (!this.schema.scalars.includes(name)) throw unsupported(`setting ${this.schema.type}.${name}`);
    this.loadedValues.set(name, value);
    this.context.enqueueEdit(`set ${this.schema.type}.${name} = ${JSON.stringify(value)}`, apply);
  }

  /** Only on *OrNullObject proxies in Word; here for all, readable after load + sync. */
  protected readIsNullObject(): boolean {
    if (!this.loaded) throw propertyNotLoaded("isNullObject");
    return this.nullObject;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = Object.fromEntries(this.loadedValues);
    for (const [name, child] of this.navigationCache) {
      if (child.loaded) json[name] = child.toJSON();
    }
    return json;
  }
}

export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  private loadedItems: T[] | null = null;

  protected abstract liveItems(): T[];

  protected liveScalar(name: string): unknown {
    throw unsupported(`collection scalar '${name}'`);
  }

  protected liveExists(): boolean {
    return true;
  }

  override applyLoad(paths: string[]): void {
    this.context.fake.onLoad(this.schema.type);
    const items = this.liveItems();
    const perItem = itemPaths(paths);
    for (const item of items) item.applyLoad(perItem);
    this.loadedItems = items;
  }

  get items(): T[] {
    if (this.loadedItems === null) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  override toJSON(): Record<string, unknown> {
    return { items: this.items.map((item) => item.toJSON()) };
  }
}
