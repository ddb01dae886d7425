// The salon's holidays from today on: remove one, or add a day with its name; the bot stops offering that day at once.
import type { HolidayView } from '@atrevete/console-api';
import { useId, useState, type FormEvent } from 'react';
import { api, ApiRequestError } from '../../api/client';
import { Field, FormOutcome, useFormState } from '../../ui/form-kit';

const longDay = new Intl.DateTimeFormat('es-ES', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "jueves, 24 de diciembre de 2026" for a 'YYYY-MM-DD'. */
export function holidayDate(date: string): string {
  return longDay.format(new Date(`${date}T00:00:00Z`));
}

export function HolidaysList({
  holidays,
  onChanged,
}: {
  holidays: HolidayView[];
  onChanged(): void;
}) {
  const id = useId();
  const form = useFormState();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { fields } = form.errors;

  async function add(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const ok = await form.run(() =>
      api.post<HolidayView>('/api/settings/holidays', { date, name }),
    );
    if (ok) {
      setNotice(`Añadido: ${holidayDate(date)}.`);
      setDate('');
      setName('');
      onChanged();
    }
  }

  async function remove(holiday: HolidayView) {
    setNotice(null);
    setRemoveError(null);
    try {
      await api.delete(`/api/settings/holidays/${holiday.date}`);
      setNotice(`Quitado: ${holidayDate(holiday.date)}.`);
      onChanged();
    } catch (caught) {
      setRemoveError(
        caught instanceof ApiRequestError
          ? caught.message
          : 'No se ha podido quitar.',
      );
    }
  }

  return (
    <>
      {holidays.length === 0 ? (
        <p>No hay festivos a partir de hoy.</p>
      ) : (
        <ul className="holidays">
          {holidays.map((holiday) => (
            <li key={holiday.date}>
              <span>
                <time dateTime={holiday.date}>{holidayDate(holiday.date)}</time>
                {' · '}
                {holiday.name}
              </span>
              <button
                type="button"
                aria-label={`Quitar ${holidayDate(holiday.date)} (${holiday.name})`}
                onClick={() => void remove(holiday)}
              >
                Quitar
              </button>
            </li>
          ))}
        </ul>
      )}
      {removeError && (
        <p className="form-error" role="alert">
          {removeError}
        </p>
      )}
      <form
        className="holiday-form"
        aria-label="Añadir festivo"
        onSubmit={(event) => void add(event)}
        noValidate
      >
        <div className="field-row">
          <Field id={`${id}-date`} label="Fecha" error={fields['date']}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
            )}
          </Field>
          <Field
            id={`${id}-name`}
            label="Nombre del festivo"
            error={fields['name']}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
        </div>
        <FormOutcome errors={form.errors} notice={notice} />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            Añadir festivo
          </button>
        </div>
      </form>
    </>
  );
}
