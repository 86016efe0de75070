import { memo } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useNotices, useText } from "./state/PaneContext";

const useStyles = makeStyles({
  // Sticky at the bottom of the pane: seen wherever the user is scrolled, next to what they just did.
  region: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    zIndex: 1,
  },
  empty: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
});

/** The pane's notices, announced to screen readers as they appear (aria-live). Not drawn again for a new tab or filter. */
export const NoticeRegion = memo(function NoticeRegion() {
  const styles = useStyles();
  const { t } = useText();
  const { notices, dismiss } = useNotices();
  return (
    <div className={notices.length > 0 ? styles.region : styles.empty} aria-live="polite" aria-relevant="additions text" data-testid="notices">
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent} layout="multiline" data-testid={`notice-${notice.intent}`}>
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.lines.map((line, j) => (
              <div key={j}>{line}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button size="small" appearance="transparent" aria-label={t("dismiss")} onClick={() => dismiss(notice.id)}>
                ✕
              </Button>
            }
          >
            {notice.action && (
              <Button
                size="small"
                onClick={() => {
                  notice.action!.run();
                  dismiss(notice.id);
                }}
                data-testid="notice-action"
              >
                {notice.action.label}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
});
