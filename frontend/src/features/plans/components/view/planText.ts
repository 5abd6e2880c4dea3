import type { Action, Goal, LocalText } from '../../api/planTypes'

/** An action is an intervention from the catalogue or a custom action with its own title. */
export function actionTitle(action: Pick<Action, 'intervention' | 'customTitle'>, local: (text: LocalText) => string): string {
  return action.intervention ? local(action.intervention.name) : (action.customTitle ?? '')
}

/** The goals an action contributes to, by their text. */
export function goalTexts(goalIds: readonly string[], goals: readonly Goal[]): string {
  return goalIds.map((id) => goals.find((goal) => goal.id === id)?.text ?? id).join('; ')
}
