// The salon's answers as the owner edits them: listed with whether the bot uses them, added with one phrasing per line, changed, removed after a confirmation, refusals shown in Spanish.
import type {
  SalonAnswersResponse,
  SalonAnswerView,
} from '@atrevete/console-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import {
  renderPage,
  sessionOf,
  type ApiAnswer,
  type ApiCall,
  type ApiScript,
  type RenderedPage,
} from '../customers/page-test-kit';
import SettingsPage from './SettingsPage';

const lateness: SalonAnswerView = {
  id: 1,
  topic: 'Retrasos',
  phrasings: ['llego tarde', 'retraso'],
  answer: 'Hasta 10 minutos de retraso no pasa nada.',
  active: true,
  updatedAt: '2026-11-30T10:00:00.000Z',
};
const parking: SalonAnswerView = {
  id: 4,
  topic: 'Aparcamiento',
  phrasings: ['aparcar', 'parking'],
  answer: 'No tenemos parking propio.',
  active: false,
  updatedAt: '2026-11-30T10:00:00.000Z',
};

const routes = <Route path="/settings/*" element={<SettingsPage />} />;

/** A server holding the answers; a change answers with `refusal` when given, else it is applied. */
function answersServer(refusal?: (call: ApiCall) => ApiAnswer): ApiScript {
  let answers = [lateness, parking];
  return (call) => {
    if (call.method === 'GET' && call.path === '/api/settings/answers') {
      const body: SalonAnswersResponse = { answers };
      return { status: 200, body };
    }
    if (call.method !== 'GET' && refusal) return refusal(call);
    if (call.method === 'POST' && call.path === '/api/settings/answers') {
      const saved = {
        ...(call.body as Omit<SalonAnswerView, 'id' | 'updatedAt'>),
        id: 11,
        updatedAt: '2026-12-01T09:00:00.000Z',
      };
      answers = [...answers, saved];
      return { status: 201, body: saved };
    }
    const id = Number(/^\/api\/settings\/answers\/(\d+)$/.exec(call.path)?.[1]);
    if (call.method === 'PATCH' && id) {
      answers = answers.map((entry) =>
        entry.id === id
          ? { ...entry, ...(call.body as Partial<SalonAnswerView>) }
          : entry,
      );
      return { status: 200, body: answers.find((entry) => entry.id === id) };
    }
    if (call.method === 'DELETE' && id) {
      answers = answers.filter((entry) => entry.id !== id);
      return { status: 204 };
    }
    return undefined;
  };
}

const changes = (page: RenderedPage) =>
  page.calls.filter((call) => call.method !== 'GET');

describe('the frequent questions page', () => {
  let page: RenderedPage;
  afterEach(() => page.restore());

  const open = (script: ApiScript) => {
    page = renderPage('/settings/answers', routes, script, sessionOf('owner'));
  };
  const rowOf = async (topic: string) =>
    (await screen.findByRole('cell', { name: topic }))
      .parentElement as HTMLElement;

  it('lists every question with its answer and whether the bot uses it', async () => {
    open(answersServer());
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((cell) => cell.textContent);
    expect(cells(await rowOf('Retrasos'))).toEqual([
      'Retrasos',
      'Hasta 10 minutos de retraso no pasa nada.',
      'Sí',
    ]);
    expect(cells(await rowOf('Aparcamiento'))).toEqual([
      'Aparcamiento',
      'No tenemos parking propio.',
      'No',
    ]);
    expect(
      screen.getByRole('link', { name: 'Preguntas frecuentes' }).className,
    ).toContain('active');
  });

  it('adds a question with one phrasing per line, sent from the keyboard, and shows it', async () => {
    open(answersServer());
    await userEvent.click(
      await screen.findByRole('button', { name: 'Añadir pregunta' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Nueva pregunta' });
    expect(
      (within(dialog).getByLabelText('Activa') as HTMLInputElement).checked,
    ).toBe(true);
    await userEvent.type(
      within(dialog).getByLabelText('Respuesta'),
      'Efectivo, tarjeta o Bizum, en el salón.',
    );
    await userEvent.type(
      within(dialog).getByLabelText('Cómo lo preguntan'),
      'bizum{Enter}{Enter}  pagar con tarjeta {Enter}efectivo',
    );
    const topic = within(dialog).getByLabelText('Tema');
    await userEvent.type(topic, 'Formas de pago{Enter}');

    await screen.findByRole('cell', { name: 'Formas de pago' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      screen
        .getByText('Guardada: Formas de pago. El bot ya la usa.')
        .getAttribute('role'),
    ).toBe('status');
    expect(changes(page)).toEqual([
      {
        method: 'POST',
        path: '/api/settings/answers',
        body: {
          topic: 'Formas de pago',
          answer: 'Efectivo, tarjeta o Bizum, en el salón.',
          phrasings: ['bizum', 'pagar con tarjeta', 'efectivo'],
          active: true,
        },
      },
    ]);
  });

  it('shows the server’s 409 message and keeps the dialog open with what was typed', async () => {
    open(
      answersServer(() => ({
        status: 409,
        body: {
          error: 'topic_taken',
          message: 'Ya existe una pregunta con ese tema.',
        },
      })),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Añadir pregunta' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Nueva pregunta' });
    await userEvent.type(within(dialog).getByLabelText('Tema'), 'Retrasos');
    await userEvent.type(within(dialog).getByLabelText('Respuesta'), 'Otra.');
    await userEvent.type(
      within(dialog).getByLabelText('Cómo lo preguntan'),
      'tarde',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar' }),
    );
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Ya existe una pregunta con ese tema.',
    );
    expect(screen.getByRole('dialog', { name: 'Nueva pregunta' })).toBe(dialog);
    expect(
      (within(dialog).getByLabelText('Tema') as HTMLInputElement).value,
    ).toBe('Retrasos');
  });

  it('shows a refused phrasing under its field', async () => {
    open(
      answersServer(() => ({
        status: 400,
        body: {
          error: 'invalid',
          message: 'Revisa los datos del formulario.',
          fields: {
            'phrasings.1':
              'Cada forma de preguntarlo puede tener hasta 80 caracteres.',
          },
        },
      })),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Editar Retrasos' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Editar Retrasos' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar' }),
    );
    const phrasings = within(dialog).getByLabelText('Cómo lo preguntan');
    await waitFor(() =>
      expect(phrasings.getAttribute('aria-invalid')).toBe('true'),
    );
    expect(
      (phrasings.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toContain('Cada forma de preguntarlo puede tener hasta 80 caracteres.');
  });

  it('edits a question from its current text and switches it off', async () => {
    open(answersServer());
    await userEvent.click(
      await screen.findByRole('button', { name: 'Editar Retrasos' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Editar Retrasos' });
    expect(
      (
        within(dialog).getByLabelText(
          'Cómo lo preguntan',
        ) as HTMLTextAreaElement
      ).value,
    ).toBe('llego tarde\nretraso');
    await userEvent.click(within(dialog).getByLabelText('Activa'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Guardar' }),
    );

    await screen.findByText(
      'Guardada: Retrasos. Está inactiva: el bot no la usa.',
    );
    expect(
      within(await rowOf('Retrasos')).getByRole('cell', { name: 'No' }),
    ).toBeTruthy();
    expect(changes(page)).toEqual([
      {
        method: 'PATCH',
        path: '/api/settings/answers/1',
        body: {
          topic: 'Retrasos',
          answer: 'Hasta 10 minutos de retraso no pasa nada.',
          phrasings: ['llego tarde', 'retraso'],
          active: false,
        },
      },
    ]);
  });

  it('removes a question only once the owner confirms it', async () => {
    open(answersServer());
    await userEvent.click(
      await screen.findByRole('button', { name: 'Borrar Aparcamiento' }),
    );
    const asked = screen.getByRole('dialog', { name: '¿Borrar Aparcamiento?' });
    await userEvent.click(
      within(asked).getByRole('button', { name: 'No borrar' }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(changes(page)).toEqual([]);

    await userEvent.click(
      screen.getByRole('button', { name: 'Borrar Aparcamiento' }),
    );
    const confirm = screen.getByRole('dialog', {
      name: '¿Borrar Aparcamiento?',
    });
    await userEvent.click(
      within(confirm).getByRole('button', { name: 'Sí, borrar' }),
    );
    await screen.findByText('Borrada: Aparcamiento.');
    await waitFor(() =>
      expect(screen.queryByRole('cell', { name: 'Aparcamiento' })).toBeNull(),
    );
    expect(screen.getByRole('cell', { name: 'Retrasos' })).toBeTruthy();
    expect(changes(page)).toEqual([
      {
        method: 'DELETE',
        path: '/api/settings/answers/4',
        body: undefined,
      },
    ]);
  });
});
