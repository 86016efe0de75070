import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { WordGateway } from "../../word/gateway";
import type { Engine } from "../engine/engineClient";
import { translator, type Language, type Translate } from "../i18n";
import { useCheckStore, type CheckStore } from "./checkStore";
import { houseStyleConfig, useHouseStyleState, type HouseStyleState } from "./houseStyle";
import type { IgnoreStorage } from "./ignores";
import { useIndicatorStore, type IndicatorData } from "./indicatorData";
import { useNoticeList, type Notices } from "./notices";
import { wordActions, type WordActions } from "./wordActions";

interface Pane {
  language: Language;
  t: Translate;
  check: CheckStore;
  word: WordActions;
  notices: Notices;
  houseStyle: HouseStyleState;
  indicatorData: IndicatorData;
}

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
  const value = useMemo(() => ({ language, t, check, word, notices, houseStyle, indicatorData }), [language, t, check, word, notices, houseStyle, indicatorData]);
  return <PaneState.Provider value={value}>{children}</PaneState.Provider>;
}

function usePane(): Pane {
  const pane = useContext(PaneState);
  if (!pane) throw new Error("Pane state used outside PaneProvider");
  return pane;
}

export const useCheck = () => usePane().check;
export const useWord = () => usePane().word;
export const useNotices = () => usePane().notices;
export const useHouseStyle = () => usePane().houseStyle;
export const useIndicatorData = () => usePane().indicatorData;
export function useText(): { language: Language; t: Translate } {
  const { language, t } = usePane();
  return { language, t };
}
