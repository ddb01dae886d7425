// /settings (owner): the catalogue, the team, the salon's hours and rules, its answers to frequent questions, the staff's calendar feeds and the history of changes, each a sub-page with its own URL.
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { AnswersSection } from './AnswersSection';
import { AuditSection } from './AuditSection';
import { CalendarsSection } from './CalendarsSection';
import { HoursSection } from './HoursSection';
import { SalonSection } from './SalonSection';
import { ServicesSection } from './ServicesSection';
import { StaffSection } from './StaffSection';
import { StylistsSection } from './StylistsSection';
import './settings.css';

const SECTIONS = [
  { path: 'services', label: 'Servicios', element: <ServicesSection /> },
  { path: 'stylists', label: 'Estilistas', element: <StylistsSection /> },
  { path: 'hours', label: 'Horario', element: <HoursSection /> },
  { path: 'salon', label: 'Salón', element: <SalonSection /> },
  {
    path: 'answers',
    label: 'Preguntas frecuentes',
    element: <AnswersSection />,
  },
  { path: 'staff', label: 'Personal', element: <StaffSection /> },
  {
    path: 'calendars',
    label: 'Calendarios',
    element: <CalendarsSection />,
  },
  { path: 'audit', label: 'Historial', element: <AuditSection /> },
];

export default function SettingsPage() {
  return (
    <div className="page settings">
      <h1>Ajustes</h1>
      <nav aria-label="Ajustes" className="subnav">
        <ul>
          {SECTIONS.map(({ path, label }) => (
            <li key={path}>
              <NavLink to={`/settings/${path}`}>{label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to="/settings/services" replace />} />
        {SECTIONS.map(({ path, element }) => (
          <Route key={path} path={path} element={element} />
        ))}
        <Route
          path="*"
          element={<p role="alert">Esa sección de los ajustes no existe.</p>}
        />
      </Routes>
    </div>
  );
}
