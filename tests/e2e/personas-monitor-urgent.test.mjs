// Persona journeys: the personas of tests/personas.json whose result is monitoring, or the urgent page (see personas.mjs).
import { personaShard, SHARDS } from './personas.mjs';

personaShard(SHARDS[2]);
