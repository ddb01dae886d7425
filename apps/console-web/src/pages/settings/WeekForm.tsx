// The salon's week in one form: for each weekday, closed or its opening and closing time and an optional break, saved all at once.
import {
  WEEKDAY_NAMES,
  type OpeningDayView,
  type OpeningHoursResponse,
} from '@atrevete/console-api';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Field, FormOutcome, useFormState } from '../../ui/form-kit';

type TimeKey = 'opensAt' | 'closesAt' | 'breakStart' | 'breakEnd';

const TIMES: [TimeKey, string][] = [
  ['opensAt', 'Abre'],
  ['closesAt', 'Cierra'],
  ['breakStart', 'Descanso desde'],
  ['breakEnd', 'Descanso hasta'],
];

export function WeekForm({ week }: { week: OpeningDayView[] }) {
  const id = useId();
  const form = useFormState();
  const [days, setDays] = useState(week);
  const [notice, setNotice] = useState<string | null>(null);
  const { fields } = form.errors;

  function change(index: number, patch: Partial<OpeningDayView>) {
    setNotice(null);
    setDays((all) =>
      all.map((day, at) => (at === index ? { ...day, ...patch } : day)),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    let saved: OpeningDayView[] = [];
    const ok = await form.run(async () => {
      const response = await api.put<OpeningHoursResponse>(
        '/api/settings/hours',
        {
          days: days.map((day) => ({
            ...day,
            breakStart: day.breakStart?.trim() || null,
            breakEnd: day.breakEnd?.trim() || null,
          })),
        },
      );
      saved = response.hours;
    });
    if (ok) {
      setDays(saved);
      setNotice('Horario guardado. El bot ya lo usa.');
    }
  }

  return (
    <form className="week" onSubmit={(event) => void submit(event)} noValidate>
      <p className="help">
        Horas en formato de 24 horas (09:30, 20:00). El descanso es opcional y
        va dentro del día.
      </p>
      {days.map((day, index) => {
        const name = WEEKDAY_NAMES[day.weekday - 1];
        const prefix = `${id}-${day.weekday}`;
        return (
          <fieldset key={day.weekday} className="weekday">
            <legend>{name}</legend>
            <label className="choice">
              <input
                type="checkbox"
                checked={day.closed}
                onChange={(e) => change(index, { closed: e.target.checked })}
              />
              Cerrado
            </label>
            {!day.closed && (
              <div className="times">
                {TIMES.map(([key, label]) => (
                  <Field
                    key={key}
                    id={`${prefix}-${key}`}
                    label={label}
                    error={fields[`days.${index}.${key}`]}
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="text"
                        autoComplete="off"
                        placeholder="HH:MM"
                        size={5}
                        value={day[key] ?? ''}
                        onChange={(e) =>
                          change(index, { [key]: e.target.value })
                        }
                      />
                    )}
                  </Field>
                ))}
              </div>
            )}
          </fieldset>
        );
      })}
      <FormOutcome
        errors={{
          fields: form.errors.fields,
          message: fields['days'] ?? form.errors.message,
        }}
        notice={notice}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={form.busy}>
          Guardar horario
        </button>
      </div>
    </form>
  );
}
