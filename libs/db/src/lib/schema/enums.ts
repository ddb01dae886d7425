// Postgres enums shared by several tables (a stylist only performs services of their category).
import { pgEnum } from 'drizzle-orm/pg-core';

export const SERVICE_CATEGORIES = ['Peluquería', 'Estética'] as const;

export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const serviceCategory = pgEnum('service_category', SERVICE_CATEGORIES);
