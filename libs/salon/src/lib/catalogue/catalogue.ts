// The salon's service catalogue: services found by any of their names (misspelt too), by id, and listed by category.
import type { ServiceInfo } from '../salon-types.js';
import { ServiceMatcher } from './service-matcher.js';
import { normalise } from './spanish-text.js';

/** Build once per loaded list of active services; lookups are then pure and cheap. */
export class Catalogue {
  private readonly matcher: ServiceMatcher;
  private readonly ids: Map<number, ServiceInfo>;

  constructor(readonly services: readonly ServiceInfo[]) {
    this.matcher = new ServiceMatcher(services);
    this.ids = new Map(services.map((service) => [service.id, service]));
  }

  /**
   * The services a text names, in the order first named: "tinte y mechas" → both, "keratna" →
   * Alisado de keratina, "un corte" → every cut (the customer has not said which yet).
   */
  find(text: string): ServiceInfo[] {
    return this.findIn([text]);
  }

  /** Like `find`, over several messages (a burst); each service once. */
  findIn(texts: string[]): ServiceInfo[] {
    const normalised = texts.map(normalise).filter((text) => text !== '');
    return this.matcher
      .match(normalised)
      .flatMap((id) => this.ids.get(id) ?? []);
  }

  get(id: number): ServiceInfo | undefined {
    return this.ids.get(id);
  }

  /** The services of a category, in catalogue order. */
  inCategory(category: string): ServiceInfo[] {
    return this.services.filter((service) => service.category === category);
  }

  /** Every category with its services, categories in order of first appearance. */
  byCategory(): Map<string, ServiceInfo[]> {
    const groups = new Map<string, ServiceInfo[]>();
    for (const service of this.services) {
      groups.set(service.category, [
        ...(groups.get(service.category) ?? []),
        service,
      ]);
    }
    return groups;
  }
}
