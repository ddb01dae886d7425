import express from 'express';
import { parseWebhookApiConfig } from '@atrevete/config';
const cfg = parseWebhookApiConfig(process.env);
express().listen(cfg.PORT);
