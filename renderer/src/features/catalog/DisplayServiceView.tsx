import type { ServiceView } from '../../../../shared/catalog/displayView';
import { localize } from '../../../../shared/catalog/schema';
import type { ClientLanguage } from '../../../../shared/config/schema';
import { ServiceDetails } from './ServiceDetails';

/** A service on the client's screen, in the language the client chose there. Specialists appear by name only: an id means nothing to a client. */
export function DisplayServiceView({ view, language }: { view: ServiceView; language: ClientLanguage }) {
  return (
    <article className="display-service" aria-labelledby="display-service-title">
      <h1 id="display-service-title">{localize(view.service.name, language)}</h1>
      <ServiceDetails
        service={view.service}
        review={view.review}
        language={language}
        specialists={view.specialists.filter((p) => p.name)}
        level={2}
        className="display-service-body"
      />
    </article>
  );
}
