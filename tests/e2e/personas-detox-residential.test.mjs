// Persona journeys: the personas of tests/personas.json whose result is detox or residential care (see personas.mjs).
import { personaShard, SHARDS } from './personas.mjs';

personaShard(SHARDS[1]);
