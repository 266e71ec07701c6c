// Persona journeys: the personas of tests/personas.json whose result is a taper (see personas.mjs).
import { personaShard, SHARDS } from './personas.mjs';

personaShard(SHARDS[0]);
