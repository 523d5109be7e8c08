#pragma once
/* libgreet: say hello in many languages. */
const char *greet(const char *language);
