// /settings/salon: what the bot says about the salon (name, address, its own name) and the rules it books by, each explained.
import type {
  SalonSettingsRequest,
  SalonSettingsView,
  SettingsResponse,
} from '@atrevete/console-api';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useApiData } from '../../ui/use-api-data';
import { Field, FormOutcome, useFormState } from '../../ui/form-kit';
import { ApiStatus } from '../../ui/api-status';

type TextKey =
  | 'name'
  | 'address'
  | 'phone'
  | 'personaName'
  | 'confirmationTemplate'
  | 'reminderTemplate'
  | 'templateLanguage';
type NumberKey = Exclude<keyof SalonSettingsRequest, TextKey>;

const TEXTS: [TextKey, string, string][] = [
  [
    'name',
    'Nombre del salón',
    'Con él firma el bot y empiezan los recordatorios.',
  ],
  [
    'address',
    'Dirección',
    'El bot la da a quien pregunta y en los recordatorios.',
  ],
  ['phone', 'Teléfono del salón', 'Opcional.'],
  [
    'personaName',
    'Nombre del asistente',
    'Cómo se presenta el bot en WhatsApp.',
  ],
  [
    'confirmationTemplate',
    'Plantilla de WhatsApp para pedir confirmación',
    'Nombre exacto de la plantilla aprobada en WhatsApp. Se usa cuando el cliente no ha escrito en las últimas 24 horas; vacío: entonces no se envía y la agenda lo indica.',
  ],
  [
    'reminderTemplate',
    'Plantilla de WhatsApp para el recordatorio',
    'Igual, para el recordatorio. Parámetros: 1 nombre, 2 día, 3 hora, 4 estilista, 5 servicios.',
  ],
  [
    'templateLanguage',
    'Idioma de las plantillas',
    'El código con el que se aprobaron, por ejemplo es o es_ES.',
  ],
];

/** Each number, its unit for the "= 2 h" hint, and what it does. */
const NUMBERS: [NumberKey, string, 'minutes' | 'hours' | null, string][] = [
  [
    'minNoticeMinutes',
    'Antelación mínima para reservar (minutos)',
    'minutes',
    'El bot no ofrece huecos que empiecen antes. En el mostrador no se aplica.',
  ],
  [
    'maxDaysAhead',
    'Días de antelación máxima',
    null,
    'Hasta cuántos días en adelante ofrece huecos el bot.',
  ],
  [
    'maxFutureAppointments',
    'Citas futuras por cliente',
    null,
    'Cuántas citas pendientes puede tener a la vez una misma persona.',
  ],
  [
    'cancellationWindowHours',
    'Plazo para cancelar o cambiar (horas antes)',
    'hours',
    'Después, el bot pasa la conversación al salón.',
  ],
  [
    'confirmationOffsetMinutes',
    'Petición de confirmación (minutos antes)',
    'minutes',
    'El bot pide al cliente que confirme que viene.',
  ],
  [
    'reminderOffsetMinutes',
    'Recordatorio (minutos antes)',
    'minutes',
    'El bot recuerda la cita con la dirección.',
  ],
  [
    'unconfirmedAlertMinutes',
    'Aviso de cita sin confirmar (minutos antes)',
    'minutes',
    'Si el cliente no ha confirmado para entonces, la cita se marca en la agenda y en Chatwoot (etiqueta y nota) para que le llaméis.',
  ],
];

/** 1500 minutes → "1 día y 1 h"; 90 → "1 h y 30 min". */
export function durationWords(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    days ? `${days} ${days === 1 ? 'día' : 'días'}` : '',
    hours ? `${hours} h` : '',
    rest ? `${rest} min` : '',
  ].filter(Boolean);
  if (parts.length === 0) return '0 min';
  return parts.length === 1
    ? parts[0]
    : `${parts.slice(0, -1).join(', ')} y ${parts[parts.length - 1]}`;
}

export function SalonSection() {
  const settings = useApiData<SettingsResponse>('/api/settings');
  return (
    <section aria-labelledby="salon-title">
      <h2 id="salon-title">Salón</h2>
      <ApiStatus of={settings} />
      {settings.data && <SalonForm salon={settings.data.salon} />}
    </section>
  );
}

function SalonForm({ salon }: { salon: SalonSettingsView }) {
  const id = useId();
  const form = useFormState();
  const [values, setValues] = useState<Record<TextKey | NumberKey, string>>(
    () => ({
      name: salon.name,
      address: salon.address,
      phone: salon.phone ?? '',
      personaName: salon.personaName,
      confirmationTemplate: salon.confirmationTemplate ?? '',
      reminderTemplate: salon.reminderTemplate ?? '',
      templateLanguage: salon.templateLanguage,
      minNoticeMinutes: String(salon.minNoticeMinutes),
      maxDaysAhead: String(salon.maxDaysAhead),
      maxFutureAppointments: String(salon.maxFutureAppointments),
      cancellationWindowHours: String(salon.cancellationWindowHours),
      confirmationOffsetMinutes: String(salon.confirmationOffsetMinutes),
      reminderOffsetMinutes: String(salon.reminderOffsetMinutes),
      unconfirmedAlertMinutes: String(salon.unconfirmedAlertMinutes),
    }),
  );
  const [notice, setNotice] = useState<string | null>(null);
  const { fields } = form.errors;

  function set(key: TextKey | NumberKey, value: string) {
    setNotice(null);
    setValues((all) => ({ ...all, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const number = (key: NumberKey) =>
      values[key].trim() === '' ? Number.NaN : Number(values[key]);
    const body: SalonSettingsRequest = {
      name: values.name,
      address: values.address,
      phone: values.phone,
      personaName: values.personaName,
      confirmationTemplate: values.confirmationTemplate,
      reminderTemplate: values.reminderTemplate,
      templateLanguage: values.templateLanguage,
      minNoticeMinutes: number('minNoticeMinutes'),
      maxDaysAhead: number('maxDaysAhead'),
      maxFutureAppointments: number('maxFutureAppointments'),
      cancellationWindowHours: number('cancellationWindowHours'),
      confirmationOffsetMinutes: number('confirmationOffsetMinutes'),
      reminderOffsetMinutes: number('reminderOffsetMinutes'),
      unconfirmedAlertMinutes: number('unconfirmedAlertMinutes'),
    };
    if (await form.run(() => api.put('/api/settings', body)))
      setNotice('Ajustes guardados. El bot ya los usa.');
  }

  return (
    <form
      className="salon-form"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      {TEXTS.map(([key, label, help]) => (
        <Field
          key={key}
          id={`${id}-${key}`}
          label={label}
          error={fields[key]}
          help={help}
        >
          {(control) => (
            <input
              {...control}
              type={key === 'phone' ? 'tel' : 'text'}
              autoComplete="off"
              value={values[key]}
              onChange={(e) => set(key, e.target.value)}
            />
          )}
        </Field>
      ))}
      {NUMBERS.map(([key, label, unit, help]) => {
        const amount = Number(values[key]);
        const hint =
          unit &&
          values[key].trim() !== '' &&
          Number.isInteger(amount) &&
          amount > 0
            ? ` Ahora: ${durationWords(unit === 'hours' ? amount * 60 : amount)}.`
            : '';
        return (
          <Field
            key={key}
            id={`${id}-${key}`}
            label={label}
            error={fields[key]}
            help={`${help}${hint}`}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                value={values[key]}
                onChange={(e) => set(key, e.target.value)}
              />
            )}
          </Field>
        );
      })}
      <FormOutcome errors={form.errors} notice={notice} />
      <div className="actions">
        <button type="submit" className="primary" disabled={form.busy}>
          Guardar ajustes
        </button>
      </div>
    </form>
  );
}
