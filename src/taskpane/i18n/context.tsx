import { createContext, useContext } from "react";
import { sv, type Strings } from "./sv";

const StringsContext = createContext<Strings>(sv);

export const StringsProvider = StringsContext.Provider;

/** The current language's strings. */
export function useT(): Strings {
  return useContext(StringsContext);
}
