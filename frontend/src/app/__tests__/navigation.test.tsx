import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { makeMe } from '../../test/fixtures'
import { signedInAs } from '../../test/handlers'
import { renderApp } from '../../test/renderApp'
import { server } from '../../test/server'

function mainMenu() {
  return within(screen.getByRole('navigation', { name: 'Hoofdmenu' }))
}

describe('navigation by permission', () => {
  test('an admin sees the admin areas in the menu and on the home page', async () => {
    server.use(...signedInAs(makeMe('admin')))
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna Admin' })

    expect(mainMenu().getByRole('link', { name: 'Organisaties' })).toHaveAttribute('href', '/admin/organisations')
    expect(mainMenu().getByRole('link', { name: 'Gebruikers' })).toHaveAttribute('href', '/admin/users')
    expect(mainMenu().queryByRole('link', { name: 'Auditlog' })).not.toBeInTheDocument()
    const main = within(screen.getByRole('main'))
    expect(main.getByRole('link', { name: 'Organisaties' })).toBeInTheDocument()
    expect(main.getByRole('link', { name: 'Gebruikers' })).toBeInTheDocument()
  })

  test('a regisseur sees no admin areas, but a description of their role', async () => {
    server.use(...signedInAs(makeMe('regisseur')))
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Rik Regisseur' })

    expect(screen.queryByRole('link', { name: 'Organisaties' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Gebruikers' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Auditlog' })).not.toBeInTheDocument()
    expect(mainMenu().getByRole('link', { name: 'Mijn account' })).toBeInTheDocument()
    expect(screen.getByText(/Als regisseur voert u hier de regie over uw casussen/)).toBeInTheDocument()
  })

  test('a regisseur who types an admin address gets the not-found page', async () => {
    server.use(...signedInAs(makeMe('regisseur')))
    renderApp('/admin/users')
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument()
  })

  test('the privacy officer sees the audit log', async () => {
    server.use(...signedInAs(makeMe('privacy_officer', { displayName: 'Petra Privacy' })))
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Petra Privacy' })
    expect(mainMenu().getByRole('link', { name: 'Auditlog' })).toHaveAttribute('href', '/audit')
  })

  test('an unknown address shows the 404 page', async () => {
    server.use(...signedInAs(makeMe('regisseur')))
    renderApp('/bestaat-niet')
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument()
  })

  test('case roles get the cases and the process, in the menu and as tiles; only creators get "new referral"', async () => {
    server.use(...signedInAs(makeMe('coordinator', { displayName: 'Cor Coördinator' })))
    const first = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Cor Coördinator' })
    expect(mainMenu().getByRole('link', { name: 'Casussen' })).toHaveAttribute('href', '/cases')
    expect(mainMenu().getByRole('link', { name: 'Werkproces' })).toHaveAttribute('href', '/process')
    const main = within(screen.getByRole('main'))
    expect(main.getByRole('link', { name: 'Casussen' })).toHaveAttribute('href', '/cases')
    expect(main.getByRole('link', { name: 'Nieuwe melding' })).toHaveAttribute('href', '/cases/new')
    expect(main.getByRole('link', { name: 'Werkproces' })).toHaveAttribute('href', '/process')
    first.unmount()

    server.use(...signedInAs(makeMe('partner', { displayName: 'Pieter Partner' })))
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Pieter Partner' })
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Casussen' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Nieuwe melding' })).not.toBeInTheDocument()
  })

  test('an admin has no case pages, but sees the process', async () => {
    server.use(...signedInAs(makeMe('admin')))
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna Admin' })
    expect(screen.queryByRole('link', { name: 'Casussen' })).not.toBeInTheDocument()
    expect(mainMenu().getByRole('link', { name: 'Werkproces' })).toBeInTheDocument()
  })
})
