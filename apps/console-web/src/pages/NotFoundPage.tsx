// Any other address inside the console.
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Esta página no existe</h1>
      <p>
        <Link to="/agenda">Volver a la agenda</Link>
      </p>
    </section>
  );
}
