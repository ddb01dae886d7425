// "Bloquear horario": take a stylist's time out of the agenda once (a course, a doctor's visit) or every week (lunch, a day off).
import type {
  NewBlockRequest,
  NewBlockResponse,
  StylistView,
} from '@atrevete/console-api';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { StylistField } from './StylistField';
import {
  closeDialogOf,
  Field,
  FormOutcome,
  ModalDialog,
  useFormState,
} from '../../ui/form-kit';
import { instantOf, isoWeekday } from './agenda-model';

export const WEEKDAYS = [
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
];

export function BlockDialog({
  stylists,
  initial,
  timeZone,
  onBlocked,
  onClose,
}: {
  stylists: StylistView[];
  initial: { date: string; stylistId: number | null };
  timeZone: string;
  onBlocked(): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();
  const [stylistId, setStylistId] = useState(
    initial.stylistId ?? stylists[0]?.id ?? 0,
  );
  const [kind, setKind] = useState<'once' | 'weekly'>('once');
  const [date, setDate] = useState(initial.date);
  const [weekday, setWeekday] = useState(isoWeekday(initial.date));
  const [from, setFrom] = useState('14:00');
  const [to, setTo] = useState('15:00');
  const [reason, setReason] = useState('');
  const [overlapping, setOverlapping] = useState<number | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    let request: NewBlockRequest;
    const why = reason.trim() ? { reason: reason.trim() } : {};
    if (kind === 'once') {
      const start = instantOf(date, from, timeZone);
      const end = instantOf(date, to, timeZone);
      if (!start || !end)
        return form.refuse({}, 'Escribe el día y las horas del bloqueo.');
      request = { kind, stylistId, start, end, ...why };
    } else {
      request = {
        kind,
        stylistId,
        weekday,
        startTime: from,
        endTime: to,
        ...why,
      };
    }
    let created: NewBlockResponse | undefined;
    const done = await form.run(async () => {
      created = await api.post<NewBlockResponse>('/api/blocks', request);
    });
    if (!done || !created) return;
    onBlocked();
    // Appointments already inside stay: the desk moves or cancels them, so say how many.
    if (created.overlapping.length > 0)
      setOverlapping(created.overlapping.length);
    else closeDialogOf(target);
  }

  return (
    <ModalDialog
      titleId={`${id}-title`}
      title="Bloquear horario"
      onClose={onClose}
    >
      {overlapping !== null ? (
        <>
          <p role="alert">
            Horario bloqueado. Dentro ya hay {overlapping}{' '}
            {overlapping === 1 ? 'cita' : 'citas'}: muévelas o cancélalas desde
            la agenda.
          </p>
          <div className="actions">
            <button
              type="button"
              onClick={(e) => closeDialogOf(e.currentTarget)}
            >
              Cerrar
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <StylistField
            id={`${id}-stylist`}
            stylists={stylists}
            value={stylistId}
            onChange={setStylistId}
          />
          <fieldset className="inline">
            <legend>Cuándo</legend>
            <label>
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === 'once'}
                onChange={() => setKind('once')}
              />{' '}
              Un día
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === 'weekly'}
                onChange={() => setKind('weekly')}
              />{' '}
              Cada semana
            </label>
          </fieldset>
          <div className="row">
            {kind === 'once' ? (
              <Field id={`${id}-date`} label="Fecha">
                {(props) => (
                  <input
                    {...props}
                    type="date"
                    value={date}
                    onChange={(e) => setDate(e.target.value)}
                  />
                )}
              </Field>
            ) : (
              <Field id={`${id}-weekday`} label="Día de la semana">
                {(props) => (
                  <select
                    {...props}
                    value={weekday}
                    onChange={(e) => setWeekday(Number(e.target.value))}
                  >
                    {WEEKDAYS.map((name, index) => (
                      <option key={name} value={index + 1}>
                        {name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <Field
              id={`${id}-from`}
              label="Desde"
              error={
                form.errors.fields['startTime'] ?? form.errors.fields['start']
              }
            >
              {(props) => (
                <input
                  {...props}
                  type="time"
                  step={900}
                  value={from}
                  onChange={(e) => setFrom(e.target.value)}
                />
              )}
            </Field>
            <Field
              id={`${id}-to`}
              label="Hasta"
              error={form.errors.fields['endTime'] ?? form.errors.fields['end']}
            >
              {(props) => (
                <input
                  {...props}
                  type="time"
                  step={900}
                  value={to}
                  onChange={(e) => setTo(e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field
            id={`${id}-reason`}
            label="Motivo"
            help="Vacaciones, formación, comida…"
          >
            {(props) => (
              <input
                {...props}
                value={reason}
                maxLength={200}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <FormOutcome errors={form.errors} />
          <div className="actions">
            <button type="submit" className="primary" disabled={form.busy}>
              Bloquear
            </button>
            <button
              type="button"
              onClick={(e) => closeDialogOf(e.currentTarget)}
            >
              Cancelar
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
