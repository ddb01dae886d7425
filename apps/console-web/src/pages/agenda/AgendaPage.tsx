// /agenda?date=2026-12-09&view=day (a column per stylist) or view=week&stylist=3: the day the desk runs, live as the bot books.
import type { AgendaResponse, CatalogueResponse } from '@atrevete/console-api';
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiRequestError } from '../../api/client';
import { useSession } from '../../auth/session';
import { addDays, longDate } from '../../format';
import { useApiData } from '../../ui/use-api-data';
import { AppointmentDialog } from './AppointmentDialog';
import { BlockDialog } from './BlockDialog';
import {
  appointmentLabel,
  calendarAppointments,
  customerName,
  floatingClock,
  floatingDate,
  fromFloating,
  salonToday,
  type CalendarAppointment,
} from './agenda-model';
import {
  NewAppointmentDialog,
  type NewAppointmentStart,
} from './NewAppointmentDialog';
import { useAgendaEvents } from './use-agenda-events';
import './agenda.css';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The grid is most of the page's code: its download starts as soon as this module runs, beside
// the session and agenda requests, and the heading and controls do not wait for it.
const calendarModule = import('./AgendaCalendar');
const AgendaCalendar = lazy(() =>
  calendarModule.then((module) => ({ default: module.AgendaCalendar })),
);

type Open =
  | { kind: 'new'; start: NewAppointmentStart }
  | { kind: 'appointment'; id: number }
  | { kind: 'block' }
  | null;

/** A drag waiting for the server: drawn where it was dropped until the agenda reloads. */
interface PendingMove {
  /** The agenda it was dropped on: a newer one already says where the appointment is. */
  on: AgendaResponse;
  id: number;
  start: Date;
  end: Date;
  stylistId: number;
}

export function AgendaPage() {
  const { timeZone } = useSession().salon;
  const [params, setParams] = useSearchParams();
  const today = salonToday(timeZone);
  const rawDate = params.get('date') ?? '';
  const date =
    ISO_DATE.test(rawDate) && !Number.isNaN(Date.parse(rawDate))
      ? rawDate
      : today;
  const view = params.get('view') === 'week' ? 'week' : 'day';
  const catalogue = useApiData<CatalogueResponse>('/api/catalogue');
  const activeStylists = (catalogue.data?.stylists ?? []).filter(
    (s) => s.active,
  );
  const stylistParam = Number(params.get('stylist'));
  const weekStylist =
    activeStylists.find((s) => s.id === stylistParam) ??
    catalogue.data?.stylists.find((s) => s.id === stylistParam) ??
    activeStylists[0];

  const path =
    view === 'day'
      ? `/api/agenda?date=${date}&view=day`
      : weekStylist
        ? `/api/agenda?date=${date}&view=week&stylist=${weekStylist.id}`
        : null;
  const agenda = useApiData<AgendaResponse>(path);
  const shown = agenda.data;
  // The grid renders in the background (interruptible): the heading, controls and typing stay responsive.
  const drawn = useDeferredValue(shown, null);
  const [open, setOpen] = useState<Open>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);

  useAgendaEvents(shown?.days.map((d) => d.date) ?? [date], agenda.reload);

  const appointments = useMemo(() => {
    const items = drawn ? calendarAppointments(drawn) : [];
    if (!pending || pending.on !== drawn) return items;
    return items.map((item) =>
      item.appointment.id === pending.id
        ? {
            ...item,
            start: pending.start,
            end: pending.end,
            stylistId: pending.stylistId,
          }
        : item,
    );
  }, [drawn, pending]);

  // The day view's columns: who works, and anyone who left with appointments still on the day.
  const columns = useMemo(
    () =>
      (drawn?.stylists ?? [])
        .filter(
          (s) =>
            s.active || s.appointments.some((a) => a.status !== 'cancelled'),
        )
        .map(({ id, name }) => ({ id, name })),
    [drawn],
  );

  function go(next: {
    date?: string;
    view?: 'day' | 'week';
    stylist?: number;
  }) {
    const nextView = next.view ?? view;
    const query = new URLSearchParams({
      date: next.date ?? date,
      view: nextView,
    });
    const stylist = next.stylist ?? weekStylist?.id;
    if (nextView === 'week' && stylist) query.set('stylist', String(stylist));
    setParams(query);
  }

  async function move(
    item: CalendarAppointment,
    start: Date,
    stylistId: number,
  ) {
    const { appointment } = item;
    if (
      start.getTime() === item.start.getTime() &&
      stylistId === item.stylistId
    )
      return;
    const end = new Date(
      start.getTime() + (item.end.getTime() - item.start.getTime()),
    );
    setProblem(null);
    setNotice(null);
    if (drawn)
      setPending({ on: drawn, id: appointment.id, start, end, stylistId });
    try {
      await api.patch(`/api/appointments/${appointment.id}`, {
        start: fromFloating(start, timeZone),
        stylistId,
        expectedUpdatedAt: appointment.updatedAt,
      });
      const who = columns.find((c) => c.id === stylistId)?.name;
      setNotice(
        `Cita de ${customerName(appointment)} movida al ${longDate(floatingDate(start))} a las ${floatingClock(start)}${who ? ` con ${who}` : ''}.`,
      );
    } catch (caught) {
      setPending(null);
      setProblem(
        caught instanceof ApiRequestError
          ? caught.message
          : 'No se ha podido mover la cita.',
      );
    } finally {
      agenda.reload();
    }
  }

  const selected =
    open?.kind === 'appointment'
      ? shown?.stylists
          .flatMap((s) => s.appointments)
          .find((a) => a.id === open.id)
      : undefined;
  const monday = shown?.days[0]?.date ?? date;
  const sunday = shown?.days[shown.days.length - 1]?.date ?? date;
  const title =
    view === 'day'
      ? longDate(date)
      : `${weekStylist?.name ?? ''}: semana del ${longDate(monday)} al ${longDate(sunday)}`;
  const holiday = view === 'day' ? shown?.days[0]?.holiday : null;
  const closed = view === 'day' && shown && !shown.days[0]?.hours;

  return (
    <section className="page agenda" aria-labelledby="agenda-title">
      <div className="agenda-head">
        <h1 id="agenda-title">{title}</h1>
        <div className="agenda-actions">
          <button
            type="button"
            className="primary"
            disabled={!catalogue.data}
            onClick={() =>
              setOpen({
                kind: 'new',
                start: {
                  date,
                  stylistId: view === 'week' ? (weekStylist?.id ?? null) : null,
                  time: null,
                },
              })
            }
          >
            Nueva cita
          </button>
          <button
            type="button"
            disabled={!catalogue.data}
            onClick={() => setOpen({ kind: 'block' })}
          >
            Bloquear horario
          </button>
        </div>
      </div>
      <nav className="agenda-nav" aria-label="Navegación de la agenda">
        <button
          type="button"
          onClick={() => go({ date: addDays(date, view === 'day' ? -1 : -7) })}
        >
          {view === 'day' ? 'Día anterior' : 'Semana anterior'}
        </button>
        <button
          type="button"
          onClick={() => go({ date: today })}
          disabled={date === today}
        >
          Hoy
        </button>
        <button
          type="button"
          onClick={() => go({ date: addDays(date, view === 'day' ? 1 : 7) })}
        >
          {view === 'day' ? 'Día siguiente' : 'Semana siguiente'}
        </button>
        <label htmlFor="agenda-date">Fecha</label>
        <input
          id="agenda-date"
          type="date"
          value={date}
          onChange={(e) =>
            ISO_DATE.test(e.target.value) && go({ date: e.target.value })
          }
        />
        <div className="view-switch" role="group" aria-label="Vista">
          <button
            type="button"
            aria-pressed={view === 'day'}
            onClick={() => go({ view: 'day' })}
          >
            Día
          </button>
          <button
            type="button"
            aria-pressed={view === 'week'}
            onClick={() => go({ view: 'week' })}
          >
            Semana
          </button>
        </div>
        {view === 'week' && (
          <>
            <label htmlFor="agenda-stylist">Estilista</label>
            <select
              id="agenda-stylist"
              value={weekStylist?.id ?? ''}
              onChange={(e) => go({ stylist: Number(e.target.value) })}
            >
              {activeStylists.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </>
        )}
      </nav>

      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <p className="notice" role="status">
        {notice}
      </p>
      {holiday && (
        <p className="day-note">Festivo: {holiday}. El salón está cerrado.</p>
      )}
      {closed && !holiday && (
        <p className="day-note">El salón está cerrado este día.</p>
      )}
      {agenda.error && (
        <p className="form-error" role="alert">
          {agenda.error}
        </p>
      )}
      {agenda.loading && <p role="status">Cargando la agenda…</p>}

      {drawn && (
        <div className="agenda-scroller">
          <Suspense fallback={<p role="status">Cargando la agenda…</p>}>
            <AgendaCalendar
              agenda={drawn}
              date={date}
              view={view}
              stylists={
                view === 'day' ? columns : weekStylist ? [weekStylist] : []
              }
              appointments={appointments}
              onSelectSlot={(start, stylistId) =>
                setOpen({
                  kind: 'new',
                  start: {
                    date: floatingDate(start),
                    stylistId,
                    time: floatingClock(start),
                  },
                })
              }
              onSelectAppointment={(item) =>
                setOpen({ kind: 'appointment', id: item.appointment.id })
              }
              onMove={(item, start, stylistId) =>
                void move(item, start, stylistId)
              }
            />
          </Suspense>
        </div>
      )}

      {open?.kind === 'new' && catalogue.data && (
        <NewAppointmentDialog
          timeZone={timeZone}
          catalogue={catalogue.data}
          initial={open.start}
          onBooked={(booked) => {
            setProblem(null);
            setNotice(`Cita reservada: ${appointmentLabel(booked, timeZone)}.`);
            agenda.reload();
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'appointment' && selected && catalogue.data && (
        <AppointmentDialog
          appointment={selected}
          timeZone={timeZone}
          catalogue={catalogue.data}
          onChanged={() => agenda.reload()}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'block' && catalogue.data && (
        <BlockDialog
          stylists={activeStylists}
          initial={{
            date,
            stylistId: view === 'week' ? (weekStylist?.id ?? null) : null,
          }}
          timeZone={timeZone}
          onBlocked={() => agenda.reload()}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
