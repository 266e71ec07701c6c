// Persona journeys, shard 1 of 3 (see personas.mjs).
import { personaShard } from './personas.mjs';

personaShard(0, 3);
