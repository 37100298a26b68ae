// The mock's dataset as a view that counts its edits, so that answers computed from the dataset
// (a listing's chats, a page's bytes) are reused until the next edit, and every edit shows at once.

/** A dataset (or any tree of plain objects and arrays) behind a view that counts writes. */
export interface Tracked<T extends object> {
  /** The view: reads as the target does; every write to it, at any depth, counts as an edit. */
  view: T;
  /** How many edits the view has seen: equal numbers mean nothing was written in between. */
  version: () => number;
}

/** Whether a value is a plain object or an array: the only values the view wraps. */
function wrappable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Wraps `target` in a view whose writes — set, delete, define, at any depth (`view.chats.push(…)`,
 * `view.chats[0].members[2] = …`, `view.users[3].name = …`) — are counted. Reads give views of
 * nested objects and arrays (the same view each time, so identity comparisons hold); values
 * written through the view are stored unwrapped, so the target never holds a view.
 *
 * Writes made to the target directly, not through the view, are not counted: code that keeps
 * answers by version must read and write through the view. Other values (Map, Date, class
 * instances) are returned as they are, and their own mutations are not counted.
 */
export function trackChanges<T extends object>(target: T): Tracked<T> {
  let version = 0;
  const views = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();
  const unwrap = (value: unknown) => (typeof value === 'object' && value !== null ? targets.get(value) ?? value : value);
  const handler: ProxyHandler<object> = {
    get(t, key, receiver) {
      const value = Reflect.get(t, key, receiver);
      if (!wrappable(value)) return value;
      // A non-configurable, read-only property (a frozen dataset) must read as its own value.
      const own = Reflect.getOwnPropertyDescriptor(t, key);
      if (own && !own.configurable && own.writable === false) return value;
      return viewOf(value);
    },
    set(t, key, value, receiver) {
      version += 1;
      return Reflect.set(t, key, unwrap(value), receiver === views.get(t) ? t : receiver);
    },
    deleteProperty(t, key) {
      version += 1;
      return Reflect.deleteProperty(t, key);
    },
    defineProperty(t, key, descriptor) {
      version += 1;
      return Reflect.defineProperty(t, key, 'value' in descriptor ? { ...descriptor, value: unwrap(descriptor.value) } : descriptor);
    },
  };
  function viewOf(value: object): object {
    let view = views.get(value);
    if (!view) {
      view = new Proxy(value, handler);
      views.set(value, view);
      targets.set(view, value);
    }
    return view;
  }
  return { view: viewOf(target) as T, version: () => version };
}
