// Persona journeys, shard 2 of 3 (see personas.mjs).
import { personaShard } from './personas.mjs';

personaShard(1, 3);
