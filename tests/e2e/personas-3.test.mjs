// Persona journeys, shard 3 of 3 (see personas.mjs).
import { personaShard } from './personas.mjs';

personaShard(2, 3);
