// The agenda grid (react-big-calendar): a column per stylist for a day, or one stylist's week; closed hours, breaks and blocks greyed; drag to move.
import type { AgendaResponse, StylistView } from '@atrevete/console-api';
import dayjs from 'dayjs';
import 'dayjs/locale/es';
import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  Calendar,
  dayjsLocalizer,
  Views,
  type EventProps,
  type Formats,
  type SlotInfo,
} from 'react-big-calendar';
import dragAndDrop, {
  type EventInteractionArgs,
} from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import {
  calendarBlocks,
  floatingClock,
  floatingDate,
  floatingMidnight,
  isBookableSlot,
  toFloating,
  visibleHours,
  type CalendarAppointment,
  type CalendarBlock,
} from './agenda-model';

type CalendarItem = CalendarAppointment | CalendarBlock;
type Column = Pick<StylistView, 'id' | 'name'>;

// The addon is CommonJS: a bundler may hand over its module object instead of its default export.
const withDragAndDrop =
  (dragAndDrop as unknown as { default?: typeof dragAndDrop }).default ??
  dragAndDrop;
// Spanish weeks start on Monday; the grid works on floating dates (the salon's wall clock).
dayjs.locale('es');
const localizer = dayjsLocalizer(dayjs);
const weekdayAndDay = new Intl.DateTimeFormat('es-ES', {
  weekday: 'short',
  day: 'numeric',
});
const DnDCalendar = withDragAndDrop<CalendarItem, Column>(Calendar);

const hhmm = floatingClock;
const formats: Formats = {
  timeGutterFormat: (date: Date) => hhmm(date),
  eventTimeRangeFormat: ({ start, end }: { start: Date; end: Date }) =>
    `${hhmm(start)}–${hhmm(end)}`,
  selectRangeFormat: ({ start, end }: { start: Date; end: Date }) =>
    `${hhmm(start)}–${hhmm(end)}`,
  dayFormat: (date: Date) => weekdayAndDay.format(date),
};

/** What the appointment shows inside its box; the box itself (role button) is named with the whole line. */
function AppointmentContent({ event }: EventProps<CalendarItem>) {
  const ref = useRef<HTMLSpanElement>(null);
  const label = event.kind === 'appointment' ? event.label : event.title;
  useLayoutEffect(() => {
    ref.current
      ?.closest('.rbc-event, .rbc-background-event')
      ?.setAttribute('aria-label', label);
  }, [label]);
  if (event.kind === 'block')
    return (
      <span ref={ref} className="block-title">
        {event.title}
      </span>
    );
  // The same words as its name (WCAG 2.5.3), the customer first and in bold.
  const [who, ...rest] = event.label.split(' · ');
  return (
    <span ref={ref} className="appt">
      <strong>{who}</strong>
      {rest.map((part) => ` · ${part}`).join('')}
    </span>
  );
}

const components = { event: AppointmentContent };

const isOpen = (item: CalendarItem) =>
  item.kind === 'appointment' &&
  (item.appointment.status === 'pending' ||
    item.appointment.status === 'confirmed');

export interface AgendaCalendarProps {
  agenda: AgendaResponse;
  date: string;
  view: 'day' | 'week';
  /** The columns of the day view; the week view's one stylist. */
  stylists: Column[];
  appointments: CalendarAppointment[];
  onSelectSlot(start: Date, stylistId: number): void;
  onSelectAppointment(item: CalendarAppointment): void;
  onMove(item: CalendarAppointment, start: Date, stylistId: number): void;
}

export function AgendaCalendar({
  agenda,
  date,
  view,
  stylists,
  appointments,
  onSelectSlot,
  onSelectAppointment,
  onMove,
}: AgendaCalendarProps) {
  const blocks = useMemo(() => calendarBlocks(agenda), [agenda]);
  const hours = visibleHours(agenda.days);
  const day = floatingMidnight(date);
  const at = (minute: number) =>
    new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minute);
  const weekStylist = view === 'week' ? stylists[0] : undefined;
  /** The stylist of a column: the resource's id in the day view, the week's stylist otherwise. */
  const stylistOf = (resourceId: unknown): Column | undefined =>
    typeof resourceId === 'number'
      ? stylists.find((s) => s.id === resourceId)
      : weekStylist;

  const slotProps = (slot: Date, resourceId?: number | string) => {
    // The time gutter's slots come without a resource: nothing to mark there.
    if (resourceId === undefined) return {};
    const stylist = stylistOf(resourceId);
    if (!stylist) return {};
    const bookable = isBookableSlot(agenda, blocks, stylist.id, slot);
    const where =
      view === 'day' ? stylist.name : `${stylist.name}-${floatingDate(slot)}`;
    return {
      className: bookable ? undefined : 'slot-off',
      'data-testid': `slot-${where}-${hhmm(slot)}`,
    };
  };

  return (
    <div
      className="agenda-calendar"
      style={{
        minWidth: view === 'day' ? 64 + stylists.length * 132 : undefined,
      }}
    >
      <DnDCalendar
        localizer={localizer}
        culture="es"
        date={day}
        onNavigate={() => undefined}
        view={view === 'day' ? Views.DAY : Views.WEEK}
        onView={() => undefined}
        views={[Views.DAY, Views.WEEK]}
        toolbar={false}
        events={appointments}
        backgroundEvents={blocks}
        resources={view === 'day' ? stylists : undefined}
        resourceIdAccessor={(column: Column) => column.id}
        resourceTitleAccessor={(column: Column) => column.name}
        resourceAccessor={(item: CalendarItem) => item.stylistId}
        titleAccessor={(item: CalendarItem) =>
          item.kind === 'appointment' ? item.label : item.title
        }
        tooltipAccessor={(item: CalendarItem) =>
          item.kind === 'appointment' ? item.label : item.title
        }
        step={15}
        timeslots={4}
        min={at(hours.min)}
        max={at(hours.max)}
        scrollToTime={at(hours.min)}
        getNow={() => toFloating(new Date(), agenda.timeZone)}
        formats={formats}
        components={components}
        dayLayoutAlgorithm="no-overlap"
        selectable
        resizable={false}
        draggableAccessor={isOpen}
        eventPropGetter={(item: CalendarItem) => ({
          className:
            item.kind === 'appointment'
              ? `appt-${item.appointment.status} appt-by-${item.appointment.bookedBy.kind}${item.appointment.unconfirmedAlert ? ' appt-unconfirmed' : ''}`
              : 'agenda-block',
        })}
        slotPropGetter={slotProps as never}
        onSelectSlot={(slot: SlotInfo) => {
          const stylist = stylistOf(slot.resourceId);
          if (stylist) onSelectSlot(slot.start, stylist.id);
        }}
        onSelectEvent={(item: CalendarItem) => {
          if (item.kind === 'appointment') onSelectAppointment(item);
        }}
        onKeyPressEvent={(item: CalendarItem, event) => {
          const key = (event as unknown as KeyboardEvent).key;
          if (item.kind === 'appointment' && (key === 'Enter' || key === ' '))
            onSelectAppointment(item);
        }}
        onEventDrop={({
          event,
          start,
          resourceId,
        }: EventInteractionArgs<CalendarItem>) => {
          if (event.kind !== 'appointment') return;
          const stylist = stylistOf(resourceId) ?? { id: event.stylistId };
          onMove(event, new Date(start), stylist.id);
        }}
      />
    </div>
  );
}
