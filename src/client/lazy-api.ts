// `client.api` before the client's machinery is loaded: the openapi-fetch client's shape, each call
// forwarded to the real one (built by engine.ts) once it is loaded, so that importing the package
// root parses neither openapi-fetch nor the transports. `use`/`eject` before then are replayed on it
// in order.
import type { Client, Middleware } from 'openapi-fetch';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'request'] as const;

/** An openapi-fetch `Client` whose calls wait for `load()` (called on the first of them). */
export function lazyApi<Paths extends {}>(load: () => Promise<Client<Paths>>): Client<Paths> {
  let real: Client<Paths> | undefined;
  const queued: ['use' | 'eject', Middleware[]][] = [];
  const ready = async (): Promise<Client<Paths>> => {
    if (real) return real;
    const loaded = await load();
    if (!real) {
      real = loaded;
      for (const [method, middleware] of queued.splice(0)) real[method](...middleware);
    }
    return real;
  };
  const api = Object.fromEntries(
    METHODS.map((method) => [method, async (...args: unknown[]) => ((await ready())[method] as (...a: unknown[]) => Promise<unknown>)(...args)]),
  ) as unknown as Client<Paths>;
  api.use = (...middleware) => (real ? real.use(...middleware) : void queued.push(['use', middleware]));
  api.eject = (...middleware) => (real ? real.eject(...middleware) : void queued.push(['eject', middleware]));
  return api;
}
