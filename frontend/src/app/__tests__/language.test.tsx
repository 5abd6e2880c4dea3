import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { makeMe } from '../../test/fixtures'
import { signedInAs } from '../../test/handlers'
import { renderApp } from '../../test/renderApp'
import { server } from '../../test/server'

describe('language switch', () => {
  test('switches the texts to English and back, and remembers only the language', async () => {
    server.use(...signedInAs(makeMe('coordinator', { displayName: 'Cor Coördinator' })))
    const { user } = renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Cor Coördinator' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('nl')

    await user.click(screen.getByRole('button', { name: 'English' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Cor Coördinator' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument()
    expect(screen.getByText(/with the role Coordinator/)).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect({ ...localStorage }).toEqual({ 'casusregie.language': 'en' })

    await user.click(screen.getByRole('button', { name: 'Nederlands' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Cor Coördinator' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'English' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('nl')
  })

  test('the login page can be switched too', async () => {
    const { user } = renderApp('/login')
    await user.click(await screen.findByRole('button', { name: 'English' }))
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    expect(screen.getByLabelText('Password')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument()
  })
})
