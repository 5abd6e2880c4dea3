import { Grid, PageFooter, Paragraph } from '@amsterdam/design-system-react'
import { useTranslation } from 'react-i18next'

export function AppFooter() {
  const { t } = useTranslation()
  return (
    <PageFooter>
      <PageFooter.Spotlight>
        <Grid paddingVertical="large">
          <Grid.Cell span="all" appearance="transparent">
            <Paragraph color="inverse">{t('layout.footerText')}</Paragraph>
          </Grid.Cell>
        </Grid>
      </PageFooter.Spotlight>
    </PageFooter>
  )
}
