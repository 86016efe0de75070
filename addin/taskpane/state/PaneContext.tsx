import { createContext, useContext, useEffect, useMemo, useRef, useState, type Context, type ReactNode } from "react";
import type { Snapshot } from "../../../src/document/snapshot";
import type { CheckOutput } from "../../../src/engine/check";
import type { WordGateway } from "../../word/gateway";
import type { Engine } from "../engine/engineClient";
import { translator, type Language, type Translate } from "../i18n";
import { useCheckStore, type CheckStore } from "./checkStore";
import { houseStyleConfig, useHouseStyleState, type HouseStyleState } from "./houseStyle";
import type { IgnoreStorage } from "./ignores";
import { useIndicatorStore, type IndicatorData } from "./indicatorData";
import { useNoticeList, type Notices } from "./notices";
import { wordActions, type WordActions } from "./wordActions";

/**
 * What stays the same from one check to the next (and through ignores and notices): a component
 * that reads only this, the house style and the checked document is not drawn again when, say, a
 * finding is ignored.
 */
interface Steady {
  language: Language;
  t: Translate;
  word: WordActions;
  notify: Notices["notify"];
  ignore: CheckStore["ignore"];
  apply: CheckStore["apply"];
}

/** The latest check's document and output: new with each check only. */
interface Checked {
  snapshot: Snapshot | null;
  result: CheckOutput | null;
}

/** Everything that changes: the check's state, notices, prior-period data. */
interface Pane {
  check: CheckStore;
  notices: Notices;
  indicatorData: IndicatorData;
}

const SteadyState = createContext<Steady | null>(null);
const CheckedState = createContext<Checked | null>(null);
const HouseStyleState = createContext<HouseStyleState | null>(null);
const PaneState = createContext<Pane | null>(null);

interface Props {
  gateway: WordGateway;
  engine: Engine;
  storage: IgnoreStorage;
  language: Language;
  children: ReactNode;
}

/** Owns the pane's state; components read it through the hooks below. */
export function PaneProvider({ gateway, engine, storage, language, children }: Props) {
  const t = useMemo(() => translator(language), [language]);
  const notices = useNoticeList(language, t);
  const houseStyle = useHouseStyleState();
  // The report's issuer (known after its first check) chooses whose prior-period data is used.
  const [issuer, setIssuer] = useState<string | null>(null);
  const indicatorData = useIndicatorStore(issuer, houseStyle.style.organisation, notices.fail);
  // Word actions need the snapshot of the latest check; a ref keeps them stable across checks.
  const snapshotRef = useRef<CheckStore["snapshot"]>(null);
  const { notify, fail } = notices;
  const word = useMemo(() => wordActions(gateway, () => snapshotRef.current, { notify, fail }, t, language), [gateway, notify, fail, t, language]);
  const config = useMemo(() => houseStyleConfig(houseStyle.style), [houseStyle.style]);
  const check = useCheckStore({
    gateway,
    engine,
    word,
    config,
    defaultProfile: houseStyle.style.defaultProfile,
    indicatorData,
    storage,
    notices,
    t,
  });
  snapshotRef.current = check.snapshot;
  const checkedIssuer = check.result?.issuer;
  useEffect(() => {
    if (checkedIssuer !== undefined) setIssuer(checkedIssuer);
  }, [checkedIssuer]);
  const { ignore, apply, snapshot, result } = check;
  const steady = useMemo(() => ({ language, t, word, notify, ignore, apply }), [language, t, word, notify, ignore, apply]);
  const checked = useMemo(() => ({ snapshot, result }), [snapshot, result]);
  const pane = useMemo(() => ({ check, notices, indicatorData }), [check, notices, indicatorData]);
  return (
    <SteadyState.Provider value={steady}>
      <CheckedState.Provider value={checked}>
        <HouseStyleState.Provider value={houseStyle}>
          <PaneState.Provider value={pane}>{children}</PaneState.Provider>
        </HouseStyleState.Provider>
      </CheckedState.Provider>
    </SteadyState.Provider>
  );
}

function useProvided<T>(context: Context<T | null>): T {
  const value = useContext(context);
  if (!value) throw new Error("Pane state used outside PaneProvider");
  return value;
}

/** A component reading one of these three is drawn again on any change of the pane's state. */
export const useCheck = () => useProvided(PaneState).check;
export const useNotices = () => useProvided(PaneState).notices;
export const useIndicatorData = () => useProvided(PaneState).indicatorData;
export const useHouseStyle = () => useProvided(HouseStyleState);
/** The latest check's document and output, without its ignores or progress. */
export const useChecked = () => useProvided(CheckedState);
export const useWord = () => useProvided(SteadyState).word;
/** What a finding card does: stable, so the cards are not drawn again when one of them is acted on. */
export function useFindingActions(): Pick<Steady, "notify" | "ignore" | "apply"> {
  const { notify, ignore, apply } = useProvided(SteadyState);
  return { notify, ignore, apply };
}
export function useText(): { language: Language; t: Translate } {
  const { language, t } = useProvided(SteadyState);
  return { language, t };
}
